import { expect, FAILED_RESOURCE, NOT_FOUND_RESOURCE, READ_ALSO_ID, SEED_ID, story, test } from './fixtures.ts';

const deepLinks = [
  { url: `/fr/articles/${SEED_ID}`, headline: story(SEED_ID, 'fr').headline, lang: 'fr' },
  { url: `/en/articles/${story(SEED_ID, 'en').slug}`, headline: story(SEED_ID, 'en').headline, lang: 'en' },
  { url: `/fr/articles/${READ_ALSO_ID}`, headline: story(READ_ALSO_ID, 'fr').headline, lang: 'fr' },
  { url: `/en/articles/${story(READ_ALSO_ID, 'en').slug}`, headline: story(READ_ALSO_ID, 'en').headline, lang: 'en' },
  { url: '/fr/', headline: 'À la une', lang: 'fr' },
  { url: '/en/', headline: 'Top stories', lang: 'en' },
];

test.describe('every URL survives a reload and a fresh tab', () => {
  for (const { url, headline, lang } of deepLinks) {
    test(`${url}`, async ({ page, reader, browser }) => {
      await page.goto(url);
      await expect(reader.headline()).toHaveText(headline);
      await page.reload();
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

test.describe('not-found pages', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_RESOURCE], locale: 'fr-FR' });

  test('an unknown path, in the path’s language, with a way home', async ({ page, reader }) => {
    await page.goto('/en/nowhere/at/all');
    await expect(reader.headline()).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found — Kiosque');
    expect(await reader.htmlLang()).toBe('en');
    await page.getByRole('link', { name: 'Back to the front page' }).click();
    await expect(page).toHaveURL('/en/');
    await expect(reader.headline()).toHaveText('Top stories');
  });

  test('an unknown slug', async ({ page, reader }) => {
    await page.goto('/fr/articles/cet-article-n-existe-pas');
    await expect(reader.headline()).toHaveText('Page introuvable');
    expect(await reader.htmlLang()).toBe('fr');
    await expect(page.getByRole('link', { name: 'Retour à la une' })).toHaveAttribute('href', '/fr/');
    await expect(reader.languageLink('English')).toHaveAttribute('href', '/en/articles/cet-article-n-existe-pas');
  });

  test('a malformed slug never reaches the network', async ({ page, reader }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/fr/articles/..%2F..%2Fpackage');
    await expect(reader.headline()).toHaveText('Page introuvable');
    expect(requests.filter((url) => url.includes('/content/'))).toEqual([]);
  });

  test('an unsupported language, in the preferred language', async ({ page, reader }) => {
    await page.goto('/de/articles/irgendwas');
    await expect(reader.headline()).toHaveText('Page introuvable');
    expect(await reader.htmlLang()).toBe('fr');
    await expect(page.getByRole('link', { name: 'Retour à la une' })).toHaveAttribute('href', '/fr/');
  });

  test('a front page number past the last page', async ({ page, reader }) => {
    await page.goto('/en/?page=9');
    await expect(reader.headline()).toHaveText('Page not found');
  });
});

test.describe('an unsupported language for an English reader', () => {
  test.use({ locale: 'en-US' });
  test('is answered in English', async ({ page, reader }) => {
    await page.goto('/xx/');
    await expect(reader.headline()).toHaveText('Page not found');
    expect(await reader.htmlLang()).toBe('en');
  });
});

test.describe('a failed load', () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  test('offers a retry that loads the story once the network is back', async ({ page, reader }) => {
    await page.goto('/fr/');
    await page.route('**/content/**', (route) => route.abort());
    await page.getByRole('link', { name: story(SEED_ID, 'fr').headline }).click();
    await expect(reader.headline()).toHaveText('Le chargement a échoué');
    await expect(page.getByRole('alert')).toContainText('Vérifiez votre connexion');
    await expect(reader.languageSwitch()).toBeVisible();

    await page.unroute('**/content/**');
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
  });

  test('on a URL the build did not prerender, shows the error in the page’s language, never a blank page', async ({ page, reader }) => {
    await page.route('**/content/**', (route) => route.abort());
    await page.goto('/en/?page=1');
    await expect(reader.headline()).toHaveText('This page could not be loaded');
    await page.unroute('**/content/**');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(reader.headline()).toHaveText('Top stories');
  });

  test('a prerendered article reads even when its JSON cannot be fetched', async ({ page, reader }) => {
    await page.route('**/content/**', (route) => route.abort());
    await page.goto(`/en/articles/${story(SEED_ID, 'en').slug}`);
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
    await expect(reader.bodyParagraphs()).toHaveCount(7);
  });
});
