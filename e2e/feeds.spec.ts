import { parseFeed } from '@rowanmanning/feed-parser';
import { articlePath, editionStories, headlineIn, LEAD_ID, SITE } from './edition.ts';
import { expect, openPage, test } from './fixtures.ts';

// A feed per language, announced in every page's head and read here by a real feed parser; each
// item leads to its story.

const pages = (lang: 'fr' | 'en') => [`/${lang}/`, articlePath(LEAD_ID, lang)];

for (const lang of ['fr', 'en'] as const) {
  test.describe(`the ${lang} feed`, () => {
    test('is announced in the head of the front page and of a story', async ({ page }) => {
      for (const path of pages(lang)) {
        await openPage(page, path);
        const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
        await expect(feed).toHaveCount(1);
        await expect(feed).toHaveAttribute('href', `${SITE}/${lang}/feed.xml`);
        await expect(feed).toHaveAttribute('title', /^Kiosque — /);
      }
    });

    test('lists the edition in front-page order, and each item opens its story in that language', async ({
      page,
      request,
      reader,
    }) => {
      const response = await request.get(`/${lang}/feed.xml`);
      expect(response.status()).toBe(200);
      const feed = parseFeed(await response.text());
      expect(feed.language).toBe(lang);
      const stories = editionStories();
      expect(feed.items).toHaveLength(Math.min(50, stories.length));
      expect(feed.items[0]?.title).toBe(headlineIn(LEAD_ID, lang));
      expect(new Set(feed.items.map((item) => item.title))).toEqual(
        new Set(stories.map((meta) => headlineIn(meta.id, lang))),
      );
      for (const item of feed.items) {
        expect(item.url?.startsWith(`${SITE}/${lang}/articles/`)).toBe(true);
        expect(item.description?.length).toBeGreaterThan(0);
        await openPage(page, (item.url ?? '').slice(SITE.length));
        await expect(reader.headline()).toHaveText(item.title ?? '');
      }
    });
  });
}
