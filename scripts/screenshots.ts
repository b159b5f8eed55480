import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';

// npm run screenshots -- [base URL]: captures the main pages in both languages, narrow and wide,
// light and dark, into screenshots/ for a human to look at. Needs a running preview server.

const base = process.argv[2] ?? 'http://localhost:4173';
const pages = {
  'front-fr': '/fr/',
  'front-en': '/en/',
  'article-fr': '/fr/articles/ministre-interieur-examine-homologue-finlandais-moyens-renforcer',
  'article-en': '/en/articles/interior-minister-discusses-finnish-counterpart-ways-strengthen',
  'notfound-fr': '/fr/nulle-part',
};
const viewports = { narrow: { width: 375, height: 812 }, wide: { width: 1280, height: 900 } };
const schemes = ['light', 'dark'] as const;

const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync('screenshots', { recursive: true });
for (const [name, path] of Object.entries(pages)) {
  for (const [size, viewport] of Object.entries(viewports)) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(base + path);
      await page.locator('h1').waitFor();
      await page.screenshot({ path: `screenshots/${name}-${size}-${colorScheme}.png`, fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
console.log('screenshots/ written');
