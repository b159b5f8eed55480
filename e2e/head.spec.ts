import type { Page } from '@playwright/test';
import { FRONT_PAGE_SIZE } from '../src/content-api/paths.ts';
import { editionStories, READ_ALSO_ID, SEED_ID, SITE, story } from './edition.ts';
import { expect, openPage, test, withoutScripts } from './fixtures.ts';
import { everySitemap } from './sitemaps.ts';

const path = (lang: 'fr' | 'en', id = SEED_ID) => `/${lang}/articles/${story(id, lang).slug}`;

const attribute = (page: Page, selector: string, name: string) => page.locator(`head ${selector}`).getAttribute(name);

async function structuredData(page: Page): Promise<Record<string, unknown>> {
  return JSON.parse((await page.locator('head script[type="application/ld+json"]').textContent()) ?? '{}') as Record<
    string,
    unknown
  >;
}

test.describe('the static HTML of an article, without JavaScript', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: carries its head and its text`, async ({ browser }) => {
      const version = story(SEED_ID, lang);
      await withoutScripts(browser, path(lang), async (page) => {
        await expect(page).toHaveTitle(`${version.headline} — Kiosque`);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(await attribute(page, 'meta[name="description"]', 'content')).toMatch(/^(Le ministre|The Minister)/);
        expect(await attribute(page, 'link[rel="canonical"]', 'href')).toBe(`${SITE}${path(lang)}`);
        expect(await attribute(page, 'link[hreflang="fr"]', 'href')).toBe(`${SITE}${path('fr')}`);
        expect(await attribute(page, 'link[hreflang="en"]', 'href')).toBe(`${SITE}${path('en')}`);
        expect(await attribute(page, 'link[hreflang="x-default"]', 'href')).toBe(`${SITE}${path('fr')}`);
        expect(await attribute(page, 'meta[property="og:title"]', 'content')).toBe(version.headline);
        expect(await attribute(page, 'meta[property="og:type"]', 'content')).toBe('article');
        expect(await attribute(page, 'meta[property="og:url"]', 'content')).toBe(`${SITE}${path(lang)}`);
        expect(await attribute(page, 'meta[property="og:locale"]', 'content')).toBe(lang === 'fr' ? 'fr_FR' : 'en_GB');
        expect(await attribute(page, 'meta[name="twitter:card"]', 'content')).toBe('summary');
        expect(await attribute(page, 'meta[name="twitter:title"]', 'content')).toBe(version.headline);

        const data = await structuredData(page);
        expect(data).toMatchObject({
          '@type': 'NewsArticle',
          headline: version.headline,
          inLanguage: lang,
          dateline: 'Rabat',
        });
        expect(data).not.toHaveProperty('datePublished');
        expect(data).not.toHaveProperty('author');
        if (lang === 'en')
          expect(data.translationOfWork).toMatchObject({ inLanguage: 'fr', url: `${SITE}${path('fr')}` });
        else
          expect(data.workTranslation).toEqual([
            expect.objectContaining({ inLanguage: 'en', url: `${SITE}${path('en')}` }),
          ]);

        await expect(page.getByRole('heading', { level: 1 })).toHaveText(version.headline);
        await expect(page.locator('article p[id^="p"]')).toHaveCount(7);
      });
    });

    test(`${lang}: the front page names its languages and /`, async ({ browser }) => {
      await withoutScripts(browser, `/${lang}/`, async (page) => {
        await expect(page).toHaveTitle(lang === 'fr' ? 'À la une — Kiosque' : 'Top stories — Kiosque');
        expect(await attribute(page, 'link[rel="canonical"]', 'href')).toBe(`${SITE}/${lang}/`);
        expect(await attribute(page, 'link[hreflang="x-default"]', 'href')).toBe(`${SITE}/`);
        expect(await attribute(page, 'meta[property="og:type"]', 'content')).toBe('website');
        await expect(page.getByRole('heading', { level: 2 })).toHaveCount(
          Math.min(editionStories().length, FRONT_PAGE_SIZE),
        );
      });
    });
  }
});

test('robots.txt points to sitemaps that list every story in both languages, with alternates', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  const sitemap = await everySitemap(request);
  for (const { id, languages } of editionStories()) {
    for (const lang of languages) {
      expect(sitemap).toContain(`<loc>${SITE}${path(lang, id)}</loc>`);
      expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="${lang}" href="${SITE}${path(lang, id)}"/>`);
    }
  }
});

test('client-side navigation keeps the head current', async ({ page, reader }) => {
  await openPage(page, path('fr'));
  await reader.readAlso('Lire aussi').getByRole('link').click();
  await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'fr').headline);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}${path('fr', READ_ALSO_ID)}`,
  );
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute(
    'content',
    story(READ_ALSO_ID, 'fr').headline,
  );
  expect((await structuredData(page)).headline).toBe(story(READ_ALSO_ID, 'fr').headline);

  await reader.languageLink('English').click();
  await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'en').headline);
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}${path('en', READ_ALSO_ID)}`,
  );
  await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
  await expect(page.locator('head meta[name="description"]')).toHaveCount(1);

  await page.getByRole('link', { name: 'Front page' }).last().click();
  await expect(page).toHaveTitle('Top stories — Kiosque');
  await expect(page.locator('head script[type="application/ld+json"]')).toHaveCount(0);
});
