import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { DEFAULT_SITE_URL } from '../src/shared/site.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { appTakesOver } from './appTakesOver.ts';

// npm run screenshots [-- base URL]: with the preview server running (npm start), captures the main
// pages in both languages, narrow and wide, light and dark, into screenshots/ for a person to look
// at, and refreshes the README's pictures in docs/.

const base = process.argv[2] ?? DEFAULT_SITE_URL;
const pages = {
  'front-fr': '/fr/',
  'front-en': '/en/',
  'article-fr': '/fr/articles/ministre-interieur-examine-homologue-finlandais-moyens-renforcer',
  'article-en': '/en/articles/interior-minister-discusses-finnish-counterpart-ways-strengthen',
  'topic-fr': '/fr/topics/maroc',
  'topic-en': '/en/topics/morocco',
  'search-fr': '/fr/recherche?q=s%C3%A9curit%C3%A9',
  'search-en': '/en/search?q=Finnish+counterpart',
  'not-found-fr': '/fr/nulle-part',
  'not-found-en': '/en/nowhere',
};
const viewports = { narrow: { width: 375, height: 812 }, wide: { width: 1280, height: 900 } };
type Scheme = 'light' | 'dark';

async function capture(
  browser: Browser,
  path: string,
  file: string,
  viewport: { width: number; height: number },
  colorScheme: Scheme,
  fullPage: boolean,
) {
  const page = await browser.newPage({ viewport, colorScheme });
  await page.goto(base + path);
  await appTakesOver(page);
  await page.locator('h1').waitFor();
  // Search results arrive with the page; the engine may take a moment on a first search.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: file, fullPage });
  await page.close();
}

const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync('screenshots', { recursive: true });
for (const [name, path] of Object.entries(pages)) {
  for (const [size, viewport] of Object.entries(viewports)) {
    for (const scheme of ['light', 'dark'] as const) {
      await capture(browser, path, `screenshots/${name}-${size}-${scheme}.png`, viewport, scheme, true);
    }
  }
}
mkdirSync('docs', { recursive: true });
await capture(browser, pages['article-fr'], 'docs/article-fr-wide.png', viewports.wide, 'light', false);
await capture(browser, pages['front-en'], 'docs/front-en-narrow-dark.png', viewports.narrow, 'dark', false);
await browser.close();
console.log('Wrote screenshots/ and docs/');
