import { articlePath, editionStories, headlineIn, LEAD_ID, SITE, topicsOf } from './edition.ts';
import { expect, NOT_FOUND_RESOURCE, openPage, reloadPage, test } from './fixtures.ts';
import { everySitemap } from './sitemaps.ts';

// Topic pages, tested on the published edition by its properties: whatever the lead and its topics,
// the lead's article links each of its topics, and each topic page lists the lead among its stories.

const other = { fr: 'en', en: 'fr' } as const;
const languageName = { fr: 'Français', en: 'English' } as const;

for (const lang of ['fr', 'en'] as const) {
  test.describe(`topics in ${lang}`, () => {
    const topics = topicsOf(LEAD_ID);
    const [first] = topics;
    if (!first) throw new Error('the lead has no topic');
    const topicsNav = lang === 'fr' ? 'Sujets' : 'Topics';

    test('a story links its topics, and a topic page lists its stories in the edition’s order', async ({
      page,
      reader,
    }) => {
      await openPage(page, articlePath(LEAD_ID, lang));
      const links = page.getByRole('navigation', { name: topicsNav }).getByRole('link');
      await expect(links).toHaveText(topics.map((topic) => topic.names[lang]));

      await reader.markDocument();
      await links.first().click();
      await expect(page).toHaveURL(`/${lang}/topics/${first.slugs[lang]}`);
      await expect(reader.headline()).toHaveText(first.names[lang]);
      await expect(reader.headline()).toBeFocused();
      expect(await reader.documentIsMarked()).toBe(true);
      await expect(page).toHaveTitle(`${first.names[lang]} — Kiosque`);

      // The topic lists exactly its stories, in the front page's order.
      const filed = new Set(
        editionStories()
          .filter((meta) => meta.topics.includes(first.id))
          .map((meta) => headlineIn(meta.id, lang)),
      );
      const listed = page.getByRole('main').getByRole('heading', { level: 2 });
      const onTopicPage = await listed.allTextContents();
      expect(new Set(onTopicPage)).toEqual(filed);
      await openPage(page, `/${lang}/`);
      const onFrontPage = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
      expect(onTopicPage).toEqual(onFrontPage.filter((headline) => filed.has(headline)));
      // Back on the topic page, once the app holds it (a click before that would load a whole page).
      await openPage(page, `/${lang}/topics/${first.slugs[lang]}`);
      await reader.markDocument();
      await listed.first().getByRole('link').click();
      await expect(reader.headline()).toHaveText(headlineIn(LEAD_ID, lang));
      expect(await reader.documentIsMarked()).toBe(true);
    });

    test('switching language keeps the topic, and the page survives a reload', async ({ page, reader }) => {
      await openPage(page, `/${lang}/topics/${first.slugs[lang]}`);
      await reader.languageLink(languageName[other[lang]]).click();
      await expect(page).toHaveURL(`/${other[lang]}/topics/${first.slugs[other[lang]]}`);
      await expect(reader.headline()).toHaveText(first.names[other[lang]]);
      expect(await reader.htmlLang()).toBe(other[lang]);
      await reloadPage(page);
      await expect(reader.headline()).toHaveText(first.names[other[lang]]);
    });

    test('the head names the topic page in both languages, and the story is about its topics', async ({
      page,
      request,
    }) => {
      await openPage(page, `/${lang}/topics/${first.slugs[lang]}`);
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${SITE}/${lang}/topics/${first.slugs[lang]}`,
      );
      await expect(page.locator(`head link[rel="alternate"][hreflang="${other[lang]}"]`)).toHaveAttribute(
        'href',
        `${SITE}/${other[lang]}/topics/${first.slugs[other[lang]]}`,
      );

      await openPage(page, articlePath(LEAD_ID, lang));
      const jsonLd = JSON.parse(
        (await page.locator('head script[type="application/ld+json"]').textContent()) ?? '{}',
      ) as {
        about?: { name: string; url: string }[];
      };
      expect(jsonLd.about).toEqual(
        topics.map((topic) => ({
          '@type': 'Thing',
          name: topic.names[lang],
          url: `${SITE}/${lang}/topics/${topic.slugs[lang]}`,
        })),
      );

      const sitemap = await everySitemap(request);
      expect(sitemap).toContain(`<loc>${SITE}/${lang}/topics/${first.slugs[lang]}</loc>`);
    });
  });
}

test.describe('topic addresses', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_RESOURCE] });

  test('another language’s topic slug leads to this language’s, and an unknown topic is not found', async ({
    page,
    reader,
  }) => {
    const moved = topicsOf(LEAD_ID).find((topic) => topic.slugs.fr !== topic.slugs.en) ?? topicsOf(LEAD_ID)[0];
    if (!moved) throw new Error('the lead has no topic');
    await openPage(page, `/en/topics/${moved.slugs.fr}`);
    await expect(page).toHaveURL(`/en/topics/${moved.slugs.en}`);
    await expect(reader.headline()).toHaveText(moved.names.en);

    await openPage(page, '/fr/topics/sujet-inconnu');
    await expect(reader.headline()).toHaveText('Page introuvable');
  });
});

test.describe('all topics, from the front page', () => {
  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: the front page and each topic page list every topic stories are filed under, the one on screen marked`, async ({
      page,
      reader,
    }) => {
      const name = lang === 'fr' ? 'Tous les sujets' : 'All topics';
      const filed = new Map(
        editionStories().flatMap(({ id }) => topicsOf(id).map((topic) => [topic.id, topic] as const)),
      );
      await openPage(page, `/${lang}/`);
      const row = page.getByRole('navigation', { name }).getByRole('link');
      await expect(row).toHaveCount(filed.size);
      expect((await row.allTextContents()).sort()).toEqual(
        [...filed.values()].map((topic) => topic.names[lang]).sort(),
      );

      const [topic] = [...filed.values()];
      if (!topic) throw new Error('no story is filed under a topic');
      await row.filter({ hasText: topic.names[lang] }).click();
      await expect(page).toHaveURL(`/${lang}/topics/${topic.slugs[lang]}`);
      await expect(reader.headline()).toHaveText(topic.names[lang]);
      await expect(
        page.getByRole('navigation', { name }).getByRole('link', { name: topic.names[lang] }),
      ).toHaveAttribute('aria-current', 'page');
    });
  }
});
