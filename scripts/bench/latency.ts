import { chromium, type Page } from '@playwright/test';
import { appTakesOver } from '../appTakesOver.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { clickInPlace, clickToPaint, stats } from './browser.ts';
import { BUDGET, type Verdicts } from './budgets.ts';
import { SEED, SEED_EN } from './seed.ts';
import { servePreview } from './servers.ts';

// Click to the new headline painted: the language switch and story to story, with the data cached
// (prefetched) and not, on localhost with the HTTP cache off.

const SWITCH_EN = 'nav a[hreflang="en"]';
const SWITCH_FR = 'nav a[hreflang="fr"]';
// Found by structure and roles, never by class: class names belong to the stylesheets.
const READ_ALSO_LINK = 'main aside[aria-labelledby] a';

/** Opens the seed article with an empty cache: its other language and its links are not prefetched. */
async function openUncached(page: Page, origin: string) {
  // The idle prefetch is answered "not found": a failure the app does not retry, so that nothing
  // is in flight or cached when the click comes.
  await page.route('**/content/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const prefetched = page.waitForResponse((response) =>
    response.url().includes(`/content/en/articles/${SEED_EN}.json`),
  );
  await page.goto(`${origin}/fr/articles/${SEED}`);
  await appTakesOver(page);
  await prefetched;
  await page.unroute('**/content/**');
}

/** Click-to-paint of `selector` on a freshly opened seed article, `runs` times. */
async function measureUncached(page: Page, origin: string, runs: number, selector: string): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await openUncached(page, origin);
    samples.push(await clickToPaint(page, () => clickInPlace(page, selector)));
  }
  return samples;
}

export async function measureLatency(dir: string, origin: string, port: number, runs: number, verdicts: Verdicts) {
  const server = await servePreview(dir, port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const results: [string, number[]][] = [];

    const prefetched = page.waitForRequest((request) => request.url().includes(`/content/en/articles/${SEED_EN}.json`));
    await page.goto(`${origin}/fr/articles/${SEED}`);
    await appTakesOver(page);
    await prefetched;
    const cachedSwitch: number[] = [];
    for (let run = 0; run < runs; run += 1)
      cachedSwitch.push(await clickToPaint(page, () => clickInPlace(page, run % 2 === 0 ? SWITCH_EN : SWITCH_FR)));
    results.push(['language switch, cached', cachedSwitch]);

    results.push(['language switch, uncached', await measureUncached(page, origin, runs, SWITCH_EN)]);

    await page.goto(`${origin}/fr/articles/${SEED}`);

    await appTakesOver(page);
    const cachedStory: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.locator(READ_ALSO_LINK).hover();
      await page.waitForTimeout(20);
      cachedStory.push(await clickToPaint(page, () => clickInPlace(page, READ_ALSO_LINK)));
      await page.goBack();
      await page.locator(READ_ALSO_LINK).waitFor();
    }
    results.push(['story to story, cached', cachedStory]);

    results.push(['story to story, uncached', await measureUncached(page, origin, runs, READ_ALSO_LINK)]);

    console.log(`\nClick to new headline painted (Chromium, localhost, ${runs} runs each, HTTP cache off)`);
    for (const [label, samples] of results) {
      const { median, p95, n, lost } = stats(samples);
      console.log(
        `  ${label.padEnd(28)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   (n=${n}${lost ? `, ${lost} timed out` : ''})`,
      );
    }
    console.log(
      '  cached: the JSON is in the query cache (prefetched on idle or hover); uncached: it is fetched after the click.',
    );
    for (const label of ['language switch, cached', 'story to story, cached']) {
      const median = stats(results.find(([name]) => name === label)?.[1] ?? []).median;
      console.log(
        `  ${label} within one frame (median ≤ ${BUDGET.frameMs} ms): ${verdicts.flag(median <= BUDGET.frameMs, label)}`,
      );
    }
  } finally {
    await browser.close();
    server.kill();
  }
}
