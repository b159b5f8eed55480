import type { Locator } from '@playwright/test';
import { articlePath, SEED_ID, story } from './edition.ts';
import {
  expect,
  FAILED_RESOURCE,
  holdRequests,
  openPage,
  reloadPage,
  serviceWorkerControls,
  test,
} from './fixtures.ts';
import { afterFirstSearch, result, searchBox } from './searchPage.ts';
import { DOCUMENT_STATE } from '../src/shared/documentState.ts';

// Search when things are not as they should be: a slow network, no app, no network, and queries as
// readers type them.

test.describe('search on a slow network', () => {
  test('a results page opened from a link says it is searching for the query while the app is on its way, not the empty page’s invitation', async ({
    page,
    reader,
  }) => {
    const release = await holdRequests(page, '**/assets/*.js');
    await page.goto('/fr/recherche?q=coop%C3%A9ration');
    const invitation = page.getByText('Cherchez un nom, un lieu ou un sujet');
    await expect(invitation).toBeAttached();
    await expect(invitation).toBeHidden();
    await expect(page.getByText('Recherche en cours…')).toBeVisible();
    await expect(searchBox(page, 'Rechercher dans Kiosque')).toHaveValue('coopération');
    release();
    await afterFirstSearch(reader.headline()).toHaveText('Résultats pour « coopération »');
    await expect(result(page, story(SEED_ID, 'fr').headline)).toBeVisible();
  });
});

test.describe('search with no app', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('a results link whose app cannot be fetched shows the search page as its file holds it, not a blank one', async ({
    page,
  }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/fr/recherche?q=coop%C3%A9ration');
    await expect(page.getByText('Cherchez un nom, un lieu ou un sujet')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute(DOCUMENT_STATE.pendingPage);
  });
});

test.describe('search offline', () => {
  // Stories matched only in the other language and never saved cannot be read offline: they are left out.
  test.use({ serviceWorkers: 'allow', allowedConsoleErrors: [FAILED_RESOURCE] });

  test('after one visit, search works with no network', async ({ page, context }) => {
    await openPage(page, '/en/');
    await serviceWorkerControls(page);
    await context.setOffline(true);
    await searchBox(page, 'Search Kiosque').fill('Finnish counterpart');
    await searchBox(page, 'Search Kiosque').press('Enter');
    // The first search starts the engine, here from the service worker's cache.
    await afterFirstSearch(result(page, story(SEED_ID, 'en').headline).locator('mark').first()).toBeVisible();
    await reloadPage(page);
    await afterFirstSearch(result(page, story(SEED_ID, 'en').headline)).toBeVisible();
    // A French word: the English page finds the story through its saved French version.
    await searchBox(page, 'Search Kiosque').fill('homologue');
    await searchBox(page, 'Search Kiosque').press('Enter');
    await expect(result(page, story(SEED_ID, 'en').headline)).toContainText('Found in the French version');
  });
});

test.describe('search, as readers type it', () => {
  test('text typed but not sent stays in the box across a language switch, on a story and on a results page, whose results follow its address', async ({
    page,
    reader,
  }) => {
    // The reader was writing a query: a switch of language changes the page, not what they wrote.
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await searchBox(page, 'Rechercher dans Kiosque').fill('Finlande');
    await reader.languageLink('English').click();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
    await expect(searchBox(page, 'Search Kiosque')).toHaveValue('Finlande');

    await openPage(page, '/fr/recherche?q=coop%C3%A9ration');
    await afterFirstSearch(result(page, story(SEED_ID, 'fr').headline)).toBeVisible();
    await searchBox(page, 'Rechercher dans Kiosque').fill('Rabat');
    await reader.languageLink('English').click();
    await afterFirstSearch(reader.headline()).toHaveText('Results for “coopération”');
    await expect(searchBox(page, 'Search Kiosque')).toHaveValue('Rabat');
  });

  test('a query of spaces is no query: the search page invites one, its box empty', async ({ page, reader }) => {
    await openPage(page, '/fr/recherche?q=%20%20%20');
    await expect(reader.headline()).toHaveText('Recherche');
    await expect(page.getByRole('main')).toContainText('Cherchez un nom, un lieu ou un sujet');
    await expect(searchBox(page, 'Rechercher dans Kiosque')).toHaveValue('');
    await openPage(page, '/en/');
    await searchBox(page, 'Search Kiosque').fill('   ');
    await searchBox(page, 'Search Kiosque').press('Enter');
    await expect(page).toHaveURL('/en/search');
    await expect(searchBox(page, 'Search Kiosque')).toHaveValue('');
  });

  test('an excerpt does not begin with the headline run into the text, and says where it is cut', async ({ page }) => {
    const { headline } = story(SEED_ID, 'en');
    await openPage(page, '/en/search?q=Finnish%20counterpart');
    const excerpt = result(page, headline)
      .locator('p')
      .filter({ has: page.locator('mark') })
      .first();
    await afterFirstSearch(excerpt).toBeVisible();
    const text = (await excerpt.textContent()) ?? '';
    // No run of the headline's last three words, wherever the excerpt starts in it.
    expect(text).not.toContain(headline.split(' ').slice(-3).join(' '));
    expect(text.length).toBeGreaterThan(40);
    // A passage of the story: it ends a sentence or says it stops partway, and starts one or says so.
    expect(text).toMatch(/[.!?»”…]$/u);
    expect(text).toMatch(/^(\p{Lu}|… )/u);
  });

  test('the words found are marked alike in the headline and the excerpt', async ({ page }) => {
    const { headline } = story(SEED_ID, 'en');
    await openPage(page, '/en/search?q=Finnish%20counterpart');
    const item = result(page, headline);
    await afterFirstSearch(item.locator('h2 mark')).toHaveText(['Finnish', 'counterpart']);
    await expect(item.locator('p mark').first()).toBeVisible();
    const background = (mark: Locator) => mark.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background(item.locator('h2 mark').first())).toBe(await background(item.locator('p mark').first()));
  });
});
