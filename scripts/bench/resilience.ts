import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';
import { clickInPlace, clickToPaint, stats } from './browser.ts';
import { appTakesOver } from '../appTakesOver.ts';

// Outside the happy path: how far a language switch moves the paragraph being read (keyboard and
// mouse), how soon an offline click says so, and when a slow navigation shows its progress bar.

const RUNS = 15;
const SWITCH_EN = 'nav a[hreflang="en"]';
// The second story on the front page (the first is the lead), found by structure, never by class.
const STORY_LINK = ':nth-match(main h2 a, 2)';

/** The top of paragraph `id`, in pixels below the masthead. */
const paragraphTop = (page: Page, id: string) =>
  page
    .locator(`#${id}`)
    .evaluate(
      (element) =>
        element.getBoundingClientRect().top - (document.querySelector('header')?.getBoundingClientRect().bottom ?? 0),
    );

async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 20; presses += 1) {
    if (await page.locator(selector).evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Pixels paragraph p4 moves when the seed switches to English by `input`. */
async function switchDrift(
  page: Page,
  articleUrl: string,
  width: number,
  input: 'keyboard' | 'mouse',
): Promise<number> {
  await page.setViewportSize({ width, height: 700 });
  await page.goto(articleUrl);
  await appTakesOver(page);
  await page.locator('#p4').evaluate((element) => {
    element.scrollIntoView();
    window.scrollBy(0, 10);
  });
  const before = await paragraphTop(page, 'p4');
  if (input === 'keyboard') {
    await tabTo(page, SWITCH_EN);
    await page.keyboard.press('Enter');
  } else {
    await clickInPlace(page, SWITCH_EN);
  }
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  return (await paragraphTop(page, 'p4')) - before;
}

async function reportDrift(page: Page, articleUrl: string) {
  console.log('\nLanguage switch: how far the paragraph being read moves (px, p4 of the seed, FR → EN)');
  for (const width of [375, 800, 1280]) {
    const keyboard = await switchDrift(page, articleUrl, width, 'keyboard');
    const mouse = await switchDrift(page, articleUrl, width, 'mouse');
    console.log(
      `  ${String(width).padStart(4)} px wide   keyboard (Tab, Enter) ${keyboard.toFixed(1).padStart(6)} px   mouse ${mouse.toFixed(1).padStart(6)} px`,
    );
  }
}

async function reportOffline(page: Page, origin: string) {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.context().setOffline(false);
    await page.goto(`${origin}/fr/`);
    await appTakesOver(page);
    await page.context().setOffline(true);
    samples.push(await clickToPaint(page, () => clickInPlace(page, STORY_LINK)));
  }
  await page.context().setOffline(false);
  const { median, p95 } = stats(samples);
  console.log(
    `\nOffline (no service worker): click on an unsaved story to "Hors connexion" painted   median ${median.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   (n=${RUNS})`,
  );
}

async function reportProgress(page: Page, origin: string) {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.unroute('**/content/**');
    await page.goto(`${origin}/fr/`);
    await appTakesOver(page);
    // A network that never answers: the bar must appear on its own.
    await page.route('**/content/**', () => undefined);
    samples.push(await clickToPaint(page, () => clickInPlace(page, STORY_LINK), '[role="progressbar"]'));
  }
  await page.unroute('**/content/**');
  const { median, p95 } = stats(samples);
  console.log(
    `Slow network: click to progress bar painted   median ${median.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   (delay set to 200 ms; n=${RUNS})`,
  );
}

export async function measureResilience(origin: string, seed: string) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await reportDrift(page, `${origin}/fr/articles/${seed}`);
    await reportOffline(page, origin);
    await reportProgress(page, origin);
  } finally {
    await browser.close();
  }
}
