import type { Page } from '@playwright/test';
import { articlePath, SEED_ID, story } from './edition.ts';
import {
  consoleErrors,
  expect,
  FAILED_RESOURCE,
  NOT_FOUND_RESOURCE,
  openPage,
  reloadPage,
  test,
  withoutScripts,
} from './fixtures.ts';
import { NETWORK_RETRIES, SEARCH_ENGINE_STARTS } from './patience.ts';

const deepLinks = [
  { url: articlePath(SEED_ID, 'fr'), headline: story(SEED_ID, 'fr').headline, lang: 'fr' },
  { url: `/en/articles/${story(SEED_ID, 'en').slug}`, headline: story(SEED_ID, 'en').headline, lang: 'en' },
  { url: '/fr/', headline: 'À la une', lang: 'fr' },
  { url: '/en/', headline: 'Top stories', lang: 'en' },
];

test.describe('every URL survives a reload and a fresh tab', () => {
  for (const { url, headline, lang } of deepLinks) {
    test(`${url}`, async ({ page, reader, browser }) => {
      await openPage(page, url);
      await expect(reader.headline()).toHaveText(headline);
      await reloadPage(page);
      await expect(reader.headline()).toHaveText(headline);
      expect(await reader.htmlLang()).toBe(lang);

      const context = await browser.newContext();
      const fresh = await context.newPage();
      await fresh.goto(url);
      await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(headline);
      await expect(fresh).toHaveURL(url);
      await context.close();
    });
  }
});

// Also on a static host, where the app, not the server, answers an unknown address.
test.describe('not-found pages', { tag: '@any-host' }, () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_RESOURCE], locale: 'fr-FR' });

  test('an unknown path, in the path’s language, with a way home', async ({ page, reader }) => {
    await openPage(page, '/en/nowhere/at/all');
    await expect(reader.headline()).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found — Kiosque');
    expect(await reader.htmlLang()).toBe('en');
    await page.getByRole('link', { name: 'Back to the front page' }).click();
    await expect(page).toHaveURL('/en/');
    await expect(reader.headline()).toHaveText('Top stories');
  });

  test('an unknown slug', async ({ page, reader }) => {
    await openPage(page, '/fr/articles/cet-article-n-existe-pas');
    await expect(reader.headline()).toHaveText('Page introuvable');
    expect(await reader.htmlLang()).toBe('fr');
    await expect(page.getByRole('link', { name: 'Retour à la une' })).toHaveAttribute('href', '/fr/');
    await expect(reader.languageLink('English')).toHaveAttribute('href', '/en/articles/cet-article-n-existe-pas');
  });

  test('a malformed slug never reaches the network', async ({ page, reader }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openPage(page, '/fr/articles/..%2F..%2Fpackage');
    await expect(reader.headline()).toHaveText('Page introuvable');
    // No content is asked for (the other language's interface strings may be, once the page is idle).
    expect(requests.filter((url) => url.includes('/content/') && !url.includes('/content/strings/'))).toEqual([]);
  });

  test('an unsupported language, in the preferred language', async ({ page, reader }) => {
    await openPage(page, '/de/articles/irgendwas');
    await expect(reader.headline()).toHaveText('Page introuvable');
    expect(await reader.htmlLang()).toBe('fr');
    await expect(page.getByRole('link', { name: 'Retour à la une' })).toHaveAttribute('href', '/fr/');
  });

  test('a front page number past the last page', async ({ page, reader }) => {
    await openPage(page, '/en/?page=9');
    await expect(reader.headline()).toHaveText('Page not found');
  });
});

test.describe('an unsupported language for an English reader', () => {
  test.use({ locale: 'en-US', allowedConsoleErrors: [NOT_FOUND_RESOURCE] });
  test('is answered in English', async ({ page, reader }) => {
    await openPage(page, '/xx/');
    await expect(reader.headline()).toHaveText('Page not found');
    expect(await reader.htmlLang()).toBe('en');
  });
});

test.describe('a failed load', () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  test('offers a retry that loads the story once the network is back', async ({ page, reader }) => {
    await openPage(page, '/fr/');
    await page.route('**/content/**', (route) => route.abort());
    await page.getByRole('link', { name: story(SEED_ID, 'fr').headline }).click();
    // A request that never reached the server is tried three more times (about 2 s, see app/queryClient.ts).
    await expect(reader.headline()).toHaveText('Le chargement a échoué', { timeout: NETWORK_RETRIES });
    await expect(reader.announcement()).toContainText('Vérifiez votre connexion');
    await expect(reader.languageSwitch()).toBeVisible();

    await page.unroute('**/content/**');
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
  });

  test(
    'on a URL the build did not prerender, shows the error in the page’s language, never a blank page',
    { tag: '@static-host' },
    async ({ page, reader }) => {
      await page.route('**/content/**', (route) => route.abort());
      // The French slug under /en/ is a redirect the app must fetch; a static host serves it the bare shell.
      await openPage(page, `/en/articles/${story(SEED_ID, 'fr').slug}`);
      await expect(reader.headline()).toHaveText('This page could not be loaded');
      await page.unroute('**/content/**');
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
      await expect(page).toHaveURL(`/en/articles/${story(SEED_ID, 'en').slug}`);
    },
  );

  test('a prerendered article reads even when its JSON cannot be fetched', async ({ page, reader }) => {
    await page.route('**/content/**', (route) => route.abort());
    await openPage(page, `/en/articles/${story(SEED_ID, 'en').slug}`);
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
    await expect(reader.bodyParagraphs()).toHaveCount(7);
  });
});

test.describe('a link shared with tracking parameters', () => {
  test.use({ allowedConsoleErrors: consoleErrors(FAILED_RESOURCE, NOT_FOUND_RESOURCE) });
  const TRACKING = '?utm_source=newsletter&utm_medium=email&utm_campaign=matin&fbclid=IwAR0Zx9_kiosque';

  /**
   * Records, at every animation frame from the very first, the page's headline and how many `counted` elements it
   * shows.
   */
  async function recordFromFirstFrame(page: Page, counted: string) {
    await page.addInitScript((counted) => {
      const frames: [string, number][] = [];
      Object.assign(window, { kiosqueFrames: frames });
      const sample = () => {
        // From the first frame after the HTML is parsed (a frame may come while it still streams in).
        if (document.readyState !== 'loading')
          frames.push([
            document.querySelector('main h1')?.textContent ?? '',
            document.querySelectorAll(counted).length,
          ]);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }, counted);
  }

  async function framesOverTwoSeconds(page: Page): Promise<[string, number][]> {
    await page.waitForFunction(() => performance.now() > 2000);
    return page.evaluate(() => (window as unknown as { kiosqueFrames: [string, number][] }).kiosqueFrames);
  }

  for (const lang of ['fr', 'en'] as const) {
    test(`${lang}: the prerendered article is there from the first paint and stays, with its JSON blocked, and the app takes it over`, async ({
      page,
      reader,
    }) => {
      const version = story(SEED_ID, lang);
      await recordFromFirstFrame(page, 'main p[id^="p"]');
      await page.route('**/content/**', (route) => route.abort());
      await openPage(page, `/${lang}/articles/${version.slug}${TRACKING}`);
      const frames = await framesOverTwoSeconds(page);
      expect(frames.length).toBeGreaterThan(10);
      expect(new Set(frames.map((frame) => JSON.stringify(frame)))).toEqual(
        new Set([JSON.stringify([version.headline, 7])]),
      );

      // The page is live, not just static HTML: the display settings answer.
      await reader.openDisplaySettings();
      await page.getByRole('button', { name: lang === 'fr' ? 'Sombre' : 'Dark' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  }

  test('the front page hydrates too, and ?page= keeps its meaning next to tracking parameters', async ({
    page,
    reader,
  }) => {
    await recordFromFirstFrame(page, 'main article');
    await page.route('**/content/**', (route) => route.abort());
    await openPage(page, `/fr/${TRACKING}`);
    const frames = await framesOverTwoSeconds(page);
    expect(frames.every(([headline, teasers]) => headline === 'À la une' && teasers > 0)).toBe(true);
    await page.unroute('**/content/**');
    await openPage(page, `/fr/${TRACKING}&page=2`);
    await expect(reader.headline()).toHaveText('Page introuvable');
  });
});

// A page's first search starts its engine, which a loaded machine can take seconds over.
const searchDone = expect.configure({ timeout: SEARCH_ENGINE_STARTS });

// A search reached without the app: by an address with no language, or with JavaScript off.
test.describe('a search with no language in its address', () => {
  test.use({ locale: 'en-GB' });

  test('/search and /recherche lead to the reader’s language’s search page, the query kept', async ({
    page,
    reader,
  }) => {
    await openPage(page, '/search?q=Rabat');
    await expect(page).toHaveURL('/en/search?q=Rabat');
    await searchDone(reader.headline()).toHaveText('Results for “Rabat”');
    // A reader who chose French is sent to the French page.
    await reader.languageLink('Français').click();
    await expect(page).toHaveURL('/fr/recherche?q=Rabat');
    await openPage(page, '/recherche?q=Rabat');
    await expect(page).toHaveURL('/fr/recherche?q=Rabat');
  });
});

test.describe('with JavaScript turned off', () => {
  test('the search page says search needs it, and the front page is one link away', async ({ browser }) => {
    await withoutScripts(browser, '/fr/recherche?q=Rabat', async (page) => {
      // Playwright's text and role locators leave <noscript> out, whatever the browser shows: read it as a reader does.
      expect(await page.locator('main').innerText()).toContain('La recherche a besoin de JavaScript');
      await page.locator('main noscript a', { hasText: 'À la une' }).click();
      await expect(page).toHaveURL('/fr/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('À la une');
    });
  });

  test('an address with no language still leads to the front pages', async ({ browser }) => {
    await withoutScripts(browser, '/search?q=Rabat', async (page) => {
      await page.locator('noscript a', { hasText: 'Top stories' }).click();
      await expect(page).toHaveURL('/en/');
    });
  });
});
