import type { Page } from '@playwright/test';
import { articlePath, READ_ALSO_ID, SEED_ID, story } from './edition.ts';
import { expect, holdRequests, openPage, test } from './fixtures.ts';

// A reader with no network, or a slow one. The service worker stays blocked (the suite's default),
// so that nothing but the app itself answers: this is a first visit on a train.

const DISCONNECTED = /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/;

const words = {
  fr: {
    offlineBody: 'dès le retour de la connexion',
    offline: 'Hors connexion',
    frontPage: 'À la une',
    loading: 'Chargement de la page',
    other: 'English',
    otherLang: 'en',
  },
  en: {
    offlineBody: 'as soon as the connection is back',
    offline: 'You are offline',
    frontPage: 'Top stories',
    loading: 'Loading the page',
    other: 'Français',
    otherLang: 'fr',
  },
} as const;

/** A story that is not the lead, so that no test depends on the edition's order. */
const TARGET = READ_ALSO_ID;

test.describe('offline, with no service worker', () => {
  test.use({ allowedConsoleErrors: [DISCONNECTED] });

  for (const lang of ['fr', 'en'] as const) {
    const say = words[lang];

    test(`${lang}: a story not yet loaded says the connection is missing, the masthead still works, and the story opens when it returns`, async ({
      page,
      context,
      reader,
    }) => {
      await openPage(page, `/${lang}/`);
      await expect(reader.headline()).toHaveText(say.frontPage);
      await context.setOffline(true);

      await page.getByRole('link', { name: story(TARGET, lang).headline }).click();
      await expect(reader.headline()).toHaveText(say.offline);
      // Said politely, through the page's live region: the headline and what happens next.
      await expect(reader.announcement()).toContainText(say.offline);
      await expect(reader.announcement()).toContainText(say.offlineBody);
      expect(await reader.htmlLang()).toBe(lang);

      // The switch answers in the other language, still offline.
      await reader.languageLink(say.other).click();
      await expect(reader.headline()).toHaveText(words[say.otherLang].offline);
      expect(await reader.htmlLang()).toBe(say.otherLang);

      await context.setOffline(false);
      await expect(reader.headline()).toHaveText(story(TARGET, say.otherLang).headline);
      await expect(page).toHaveURL(`/${say.otherLang}/articles/${story(TARGET, say.otherLang).slug}`);
      // The story that came in is where focus is, and it is announced.
      await expect(reader.headline()).toBeFocused();
      await expect(reader.announcement()).toContainText(story(TARGET, say.otherLang).headline);
    });
  }

  test('retrying while still offline keeps the reader informed', async ({ page, context, reader }) => {
    await openPage(page, '/fr/');
    await context.setOffline(true);
    await page.getByRole('link', { name: story(TARGET, 'fr').headline }).click();
    const retry = page.getByRole('button', { name: 'Réessayer' });
    await retry.click();
    await expect(reader.headline()).toHaveText('Hors connexion');
    await expect(retry).toBeEnabled();
    await expect(reader.announcement()).toContainText('Hors connexion');
  });

  test('stories already loaded keep opening, in both languages', async ({ page, context, reader }) => {
    // The other language arrives when the page is idle.
    const english = page.waitForResponse(`**/content/en/articles/${story(SEED_ID, 'en').slug}.json`);
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await english;
    const readAlso = reader.readAlso('Lire aussi').getByRole('link');
    const prefetched = page.waitForResponse(`**/content/fr/articles/${TARGET}.json`);
    await readAlso.hover();
    await prefetched;

    await context.setOffline(true);
    await readAlso.click();
    await expect(reader.headline()).toHaveText(story(TARGET, 'fr').headline);
    await page.goBack();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
    await reader.languageLink('English').click();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
  });
});

/** Sums every layout shift from now on, including those just after an input (which CLS forgives). */
async function watchLayoutShifts(page: Page) {
  await page.evaluate(() => {
    const shifts = { total: 0 };
    Object.assign(window, { kiosqueShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.total += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift' });
  });
  return () => page.evaluate(() => (window as unknown as { kiosqueShifts: { total: number } }).kiosqueShifts.total);
}

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test.describe('on a slow network', () => {
  for (const lang of ['fr', 'en'] as const) {
    const say = words[lang];

    test(`${lang}: a story that takes seconds shows a progress bar under the masthead, without moving anything`, async ({
      page,
      reader,
    }) => {
      await openPage(page, `/${lang}/`);
      await expect(reader.headline()).toHaveText(say.frontPage);
      const release = await holdRequests(page, '**/content/**');
      const shifts = await watchLayoutShifts(page);

      await page.getByRole('link', { name: story(TARGET, lang).headline }).click();
      const bar = page.getByRole('banner').getByRole('progressbar', { name: say.loading });
      await expect(bar).toBeVisible();
      await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
      await expect(reader.headline()).toHaveText(say.frontPage);
      await nextFrames(page);
      expect(await shifts()).toBe(0);

      release();
      await expect(reader.headline()).toHaveText(story(TARGET, lang).headline);
      await expect(bar).toHaveCount(0);
      await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy');
    });
  }

  test('a navigation that needs no network never flashes the bar', async ({ page, reader }) => {
    const english = page.waitForResponse(`**/content/en/articles/${story(SEED_ID, 'en').slug}.json`);
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await english;
    await page.evaluate(() => {
      const seen = { bar: false };
      Object.assign(window, { kiosqueSeen: seen });
      new MutationObserver(() => {
        seen.bar ||= document.querySelector('[role="progressbar"]') !== null;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await reader.languageLink('English').click();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
    await reader.languageLink('Français').click();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
    await nextFrames(page);
    expect(await page.evaluate(() => (window as unknown as { kiosqueSeen: { bar: boolean } }).kiosqueSeen.bar)).toBe(
      false,
    );
  });
});
