import { readFileSync } from 'node:fs';
import { expect, openPage, test } from '../fixtures.ts';

type Version = {
  slug: string;
  headline: string;
  standfirst: string;
  credit: string;
  dateline: string;
  blocks: { id: string; type: string; text: string }[];
};
const version = (lang: 'fr' | 'en') =>
  JSON.parse(readFileSync(new URL(`content/articles/texte-hostile/${lang}.json`, import.meta.url), 'utf8')) as Version;

const pages = [
  { name: 'French article', url: '/fr/articles/texte-hostile', version: version('fr') },
  { name: 'English article', url: '/en/articles/hostile-text', version: version('en') },
];

for (const { name, url, version: hostile } of pages) {
  for (const width of [375, 1280]) {
    test(`${name} at ${width}px renders hostile text as literal text`, async ({ page, reader }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.setViewportSize({ width, height: 800 });
      await openPage(page, url);

      await expect(reader.headline()).toHaveText(hostile.headline);
      expect(await reader.headline().textContent()).toBe(hostile.headline);
      const paragraphs = hostile.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);
      expect(await reader.bodyParagraphs().allTextContents()).toEqual(paragraphs);
      await expect(page.getByText(hostile.standfirst, { exact: true })).toBeVisible();
      await expect(page.getByText(hostile.dateline, { exact: true })).toBeVisible();
      const readAlso = hostile.blocks.find((block) => block.type === 'readAlso')!;
      await expect(page.getByRole('complementary').getByRole('link')).toHaveText(readAlso.text);

      // Nothing in the text became an element, a script run or a link to javascript:.
      const main = page.getByRole('main');
      await expect(main.locator('script, img, iframe, svg, b')).toHaveCount(0);
      await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
      expect(await page.evaluate(() => 'kiosquePwned' in window)).toBe(false);
      expect(dialogs).toEqual([]);

      // A 10,000-character word and a 200-character headline word wrap instead of widening the page.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
}

test('the front page lists hostile headlines as text without overflowing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setViewportSize({ width: 375, height: 800 });
  await openPage(page, '/fr/');
  await expect(page.getByRole('link', { name: version('fr').headline })).toBeVisible();
  await expect(page.getByRole('main').locator('script, img, iframe, svg')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  expect(dialogs).toEqual([]);
});

test('the static HTML of the hostile article, read without JavaScript, holds the text as text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/fr/articles/texte-hostile');
  await expect(page).toHaveTitle(`${version('fr').headline} — Kiosque`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(version('fr').headline);
  await expect(page.locator('main').locator('script, img, iframe, svg')).toHaveCount(0);
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', version('fr').headline);
  const structured = JSON.parse(
    (await page.locator('head script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as {
    headline: string;
  };
  expect(structured.headline).toBe(version('fr').headline);
  expect(dialogs).toEqual([]);
  await context.close();
});
