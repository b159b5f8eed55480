import { appTakesOver } from '../scripts/appTakesOver.ts';
import { articlePath, SEED_ID, story } from './edition.ts';
import { expect, holdRequests, openPage, test } from './fixtures.ts';

// The first paint waits for nothing but the HTML (pipeline/bundle/firstPaint.ts): no stylesheet request,
// and the app's bundle requested only once the page has painted its text.

test.describe('the first paint', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: the story is painted, styled, before the app is even requested`, async ({ page, reader }) => {
      await openPage(page, `/${lang}/articles/${story(SEED_ID, lang).slug}`);
      await expect(reader.headline()).toHaveText(story(SEED_ID, lang).headline);
      const order = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const bundle = performance
          .getEntriesByType('resource')
          .find((entry) => /\/assets\/[^/]+\.js$/.test(entry.name));
        return {
          paint: paint?.startTime,
          bundle: bundle?.startTime,
          stylesheets: document.querySelectorAll('link[rel="stylesheet"]').length,
        };
      });
      expect(order.stylesheets).toBe(0);
      expect(order.paint).toBeDefined();
      expect(order.bundle).toBeDefined();
      expect(order.bundle).toBeGreaterThanOrEqual(order.paint ?? Infinity);
    });
  }

  test.describe('on a slow network', () => {
    test('with the bundle held for seconds, the story is there to read, styled, and the app takes over when it comes', async ({
      page,
      reader,
    }) => {
      const release = await holdRequests(page, '**/assets/*.js');
      await page.goto(articlePath(SEED_ID, 'fr'), { waitUntil: 'commit' });
      await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
      await expect(reader.bodyParagraphs().first()).toBeVisible();
      // The stylesheet inside the page applies: it is styled, not raw HTML.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      release();
      await appTakesOver(page);
      const documents = reader.countDocumentRequests();
      await reader.languageLink('English').click();
      await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
      expect(documents.count).toBe(0);
    });

    for (const width of [375, 1280]) {
      test(`a reader who scrolled before the app came stays where they are when it does (${width}px)`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 700 });
        const release = await holdRequests(page, '**/assets/*.js');
        await page.goto(articlePath(SEED_ID, 'fr'));
        await page.locator('#p4').evaluate((element) => element.scrollIntoView());
        const reading = await page.evaluate(() => window.scrollY);
        expect(reading).toBeGreaterThan(0);
        release();
        await appTakesOver(page);
        expect(Math.abs((await page.evaluate(() => window.scrollY)) - reading)).toBeLessThanOrEqual(1);
      });
    }
  });

  test.describe('for a French browser', () => {
    test.use({ locale: 'fr-FR' });

    test('the app shell, with nothing prerendered to paint, starts the app at once', async ({ page, reader }) => {
      await openPage(page, '/');
      await expect(page).toHaveURL('/fr/');
      await expect(reader.headline()).toHaveText('À la une');
    });
  });
});
