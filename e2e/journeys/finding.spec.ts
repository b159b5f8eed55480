import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { articlePath, headlineIn, READ_ALSO_ID, SEED_ID, story, topicsOf } from '../edition.ts';
import type { Browsing } from './browsing.ts';
import { expect, test } from './fixtures.ts';

// Finding stories, in every engine: search (Pagefind's worker and WebAssembly under the strict
// policy), a topic page, the not-found page, the display settings; and the offline edition.

const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];
const strings = { fr, en } as const;
const other = { fr: 'en', en: 'fr' } as const;

const headline = (browsing: Browsing) => browsing.text('main h1');
const resultHeadlines = (browsing: Browsing) => browsing.texts('main li h2');

/** Types a query in the masthead's search box, reached by keyboard, and presses Enter. */
async function searchFor(browsing: Browsing, lang: Lang, query: string) {
  await browsing.tabTo({ css: 'header input[name="q"]' });
  await browsing.type(query);
  await browsing.press('Enter');
  await expect
    .poll(() => browsing.path())
    .toMatch(new RegExp(`^/${lang}/${lang === 'fr' ? 'recherche' : 'search'}\\?q=`));
}

test.describe('finding stories', () => {
  // The seed says "régularisation" (never the plural) and "homologue"; its English version says
  // "counterpart" (never the plural) and "Finnish counterpart".
  const queries = {
    fr: { form: ['régularisations', 'régularisation'], otherLanguage: 'Finnish counterpart' },
    en: { form: ['counterparts', 'counterpart'], otherLanguage: 'homologue' },
  } as const;

  for (const lang of LANGS) {
    test(`${lang}: search finds other forms of a word, and the other language’s words, from the masthead`, async ({
      browsing,
    }) => {
      const { form, otherLanguage } = queries[lang];
      const [typed, written] = form;
      const seed = story(SEED_ID, lang);
      expect(JSON.stringify(seed)).toContain(written);
      expect(JSON.stringify(seed)).not.toContain(typed);
      await browsing.open(`/${lang}/`);
      await searchFor(browsing, lang, typed);
      await expect.poll(() => resultHeadlines(browsing)).toContain(seed.headline);
      expect(await browsing.texts('main li mark')).toContain(written);

      // Found from this language's page in the other's version, and shown in this language.
      await browsing.open(`/${lang}/`);
      await searchFor(browsing, lang, otherLanguage);
      await expect.poll(() => resultHeadlines(browsing)).toContain(seed.headline);
      expect((await browsing.texts('main li')).join(' ')).toContain(strings[lang].search[`foundIn_${other[lang]}`]);
    });
  }

  for (const lang of LANGS) {
    test(`${lang}: a story’s topic opens its page, which lists the story`, async ({ browsing }) => {
      const [topic] = topicsOf(SEED_ID);
      if (!topic) throw new Error('the seed has no topic');
      await browsing.open(articlePath(SEED_ID, lang));
      await browsing.markDocument();
      await browsing.click({ css: `main nav a[href="/${lang}/topics/${topic.slugs[lang]}"]` });
      await expect.poll(() => headline(browsing)).toBe(topic.names[lang]);
      expect(await browsing.texts('main h2')).toContain(headlineIn(SEED_ID, lang));
      expect(await browsing.documentIsMarked()).toBe(true);
    });

    test(`${lang}: an address that leads nowhere shows the not-found page, which leads to the front page`, async ({
      browsing,
    }) => {
      await browsing.open(`/${lang}/articles/cette-adresse-ne-mene-nulle-part`);
      expect(await headline(browsing)).toBe(strings[lang].notFound.title);
      await browsing.click({ css: 'main a', name: strings[lang].notFound.home });
      await expect.poll(() => headline(browsing)).toBe(strings[lang].front.heading);
    });
  }

  for (const lang of LANGS) {
    test(`${lang}: the display settings change the text size and the theme, and are kept across a reload`, async ({
      browsing,
    }) => {
      const { display } = strings[lang];
      await browsing.open(articlePath(SEED_ID, lang));
      const textSize = () => browsing.evaluate(() => getComputedStyle(document.getElementById('p1')!).fontSize, null);
      const medium = parseFloat(await textSize());
      await browsing.click({ css: 'header details summary' });
      await browsing.click({ css: 'header details button', name: display.textSize_large });
      await expect.poll(async () => parseFloat(await textSize())).toBeGreaterThan(medium);
      await browsing.click({ css: 'header details button', name: display.theme_dark });
      await expect.poll(() => browsing.evaluate(() => document.documentElement.dataset.theme, null)).toBe('dark');

      await browsing.reload();
      expect(parseFloat(await textSize())).toBeGreaterThan(medium);
      // The page's own scheme is "light dark" (the reader's system decides) until a theme is chosen.
      expect(await browsing.evaluate(() => getComputedStyle(document.documentElement).colorScheme, null)).toBe('dark');
    });
  }
});

test.describe('offline', () => {
  test('after one visit the edition reads with no network: the story, its read-also, the other language', async ({
    browsing,
  }) => {
    await browsing.open(articlePath(SEED_ID, 'fr'));
    await browsing.serviceWorkerControls();
    await browsing.driver.setOffline(true);

    await browsing.reload();
    expect(await headline(browsing)).toBe(story(SEED_ID, 'fr').headline);
    await browsing.click({ css: 'article aside a' });
    await expect.poll(() => headline(browsing)).toBe(headlineIn(READ_ALSO_ID, 'fr'));
    await browsing.click({ css: 'header nav a[hreflang="en"]' });
    await expect.poll(() => headline(browsing)).toBe(headlineIn(READ_ALSO_ID, 'en'));
    await browsing.open('/en/');
    expect(await headline(browsing)).toBe(en.front.heading);
  });

  for (const lang of LANGS) {
    test(`${lang}: with no network and nothing saved, a story says so, and opens once the network is back`, async ({
      browsing,
    }) => {
      await browsing.open(`/${lang}/`);
      // A reader whose browser keeps nothing: no worker, no saved files.
      await browsing.serviceWorkerControls();
      await browsing.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
        for (const key of await caches.keys()) await caches.delete(key);
      }, null);
      await browsing.driver.setOffline(true);

      await browsing.click({ css: `main a[href="${articlePath(READ_ALSO_ID, lang)}"]` });
      if (browsing.driver.reportsOffline) {
        await expect.poll(() => headline(browsing)).toBe(strings[lang].offline.title);
        await browsing.driver.setOffline(false);
      } else {
        // The browser believes it is online (the driver cut the cable): the page says loading
        // failed, once its retries are spent, and offers to try again.
        await expect.poll(() => headline(browsing), { timeout: browsing.patience * 2 }).toBe(strings[lang].error.title);
        await browsing.driver.setOffline(false);
        await browsing.click({ css: 'main button', name: strings[lang].error.retry });
      }
      await expect.poll(() => headline(browsing)).toBe(headlineIn(READ_ALSO_ID, lang));
    });
  }
});
