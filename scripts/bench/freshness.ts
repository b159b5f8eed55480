import { rmSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { appTakesOver } from '../appTakesOver.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { addLeadStory, deployFirstEdition, PublishedSite } from '../../pipeline/testing/publishedSite.ts';
import { stats } from './browser.ts';

// Freshness, through nginx, on a site the frozen test edition is published to with `npm run deploy`:
// how soon a returning reader sees a publish (at which navigation, and what that page costs beside
// the saved copy the offline edition opens), and what an open tab's check for a new edition costs.

const RUNS = 7;

/** Milliseconds from the navigation's start to the first contentful paint of the page open in `page`. */
const firstPaint = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);

const lead = (page: Page) => page.locator('main h2 a').first().textContent();

/** Opens the French front page in a new tab of `context`, as a returning reader does, and says what it painted. */
async function openFrontPage(context: BrowserContext, origin: string): Promise<{ paint: number; lead: string | null }> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/fr/`);
    await appTakesOver(page);
    return { paint: await firstPaint(page), lead: await lead(page) };
  } finally {
    await page.close();
  }
}

/**
 * A returning reader, the offline edition installed: after each publish, the first page they open, then the same page
 * offline.
 */
async function reportReturningReader(context: BrowserContext, site: PublishedSite) {
  const live: number[] = [];
  const saved: number[] = [];
  let seenAtOnce = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const headline = `Dépêche d’essai du banc ${run + 1}`;
    await site.publish(addLeadStory(`depeche-banc-${run + 1}`, headline));
    const returning = await openFrontPage(context, site.origin);
    live.push(returning.paint);
    if (returning.lead === headline) seenAtOnce += 1;
    await context.setOffline(true);
    saved.push((await openFrontPage(context, site.origin)).paint);
    await context.setOffline(false);
  }
  const [fromNetwork, fromSaved] = [stats(live), stats(saved)];
  console.log(`\nFreshness, through nginx, a returning reader with the offline edition (n=${RUNS}, interleaved)`);
  console.log(`  publishes seen at the first page opened after them: ${seenAtOnce} of ${RUNS}`);
  console.log(
    `  that page, from the network: first paint median ${fromNetwork.median.toFixed(0)} ms, p95 ${fromNetwork.p95.toFixed(0)} ms; ` +
      `the same page offline, from the saved copy: median ${fromSaved.median.toFixed(0)} ms, p95 ${fromSaved.p95.toFixed(0)} ms`,
  );
}

/** The bytes of each check an open tab makes for a new edition: while nothing changed, and once something has. */
async function reportCheckCost(context: BrowserContext, site: PublishedSite) {
  const page = await context.newPage();
  const answers: { headers: number; body: number; request: number }[] = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().endsWith('/edition.json')) return;
    const sizes = await request.sizes();
    answers.push({
      headers: sizes.responseHeadersSize,
      body: sizes.responseBodySize,
      request: sizes.requestHeadersSize,
    });
  });
  await page.goto(`${site.origin}/fr/`);
  await appTakesOver(page);
  const checked = async (count: number) => {
    while (answers.length < count) await page.waitForTimeout(50);
  };
  await checked(1);
  // Coming back to the tab a while later: a check with nothing new, then one after a publish.
  const comeBack = () => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.waitForTimeout(10_500);
  await comeBack();
  await checked(2);
  await site.publish(addLeadStory('depeche-banc-controle', 'Dépêche d’essai du contrôle'));
  await page.waitForTimeout(10_500);
  await comeBack();
  await checked(3);
  await page.close();
  const [, same, news] = answers;
  const line = (what: string, answer: (typeof answers)[number] | undefined) =>
    answer
      ? `  ${what}: request ${answer.request} B of headers; answer ${answer.headers} B of headers + ${answer.body} B of body; ${answer.request + answer.headers + answer.body} B on the wire in all (budget 1,024 B)`
      : `  ${what}: not measured`;
  console.log('\nAn open tab’s check for a new edition (GET /edition.json, revalidated)');
  console.log(line('nothing new (304)', same));
  console.log(line('a new edition', news));
}

export async function measureFreshness() {
  const template = await deployFirstEdition();
  const site = await PublishedSite.copyOf(template);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    // A first visit installs the offline edition.
    const first = await context.newPage();
    await first.goto(`${site.origin}/fr/`);
    await appTakesOver(first);
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await first.close();
    await reportReturningReader(context, site);
    await reportCheckCost(context, site);
  } finally {
    await browser.close();
    await site.close();
    rmSync(template, { recursive: true, force: true });
  }
}
