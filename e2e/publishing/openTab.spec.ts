import AxeBuilder from '@axe-core/playwright';
import { FRESH_FOR_MS, POLL_MS } from '../../src/content-api/liveEdition.ts';
import { expect, openPage, serviceWorkerControls, test } from './fixtures.ts';
import { addLeadStory } from '../../pipeline/testing/publishedSite.ts';
import type { Page } from '@playwright/test';
import { afterFirstSearch, result, results, searchBox } from '../searchPage.ts';
import { leadLink, newsNotice, setTabVisibility, watchStampRequests } from './tab.ts';

// A tab left open while the newsroom publishes: it learns of the new edition by one small request,
// shows it at the next navigation, and says so on a front page without moving anything.

const EPSILON = 'Dépêche d’essai epsilon';

/** The reader leaves the tab for a while, and comes back to it. */
async function awayFromTheTab(page: Page) {
  await setTabVisibility(page, 'hidden');
  await page.clock.fastForward(FRESH_FOR_MS);
  await setTabVisibility(page, 'visible');
}

test.beforeEach(async ({ page }) => {
  // The reader's clock, which the tests move on where a reader would wait (a minute on the page).
  await page.clock.install();
});

test('navigating in the app after a publish shows the new edition: the front page, a topic page read before, a story', async ({
  page,
  site,
}) => {
  const headline = page.getByRole('heading', { level: 1 });
  await openPage(page, '/fr/');
  await serviceWorkerControls(page);
  await leadLink(page).click();
  await expect(headline).toHaveText('Dépêche d’essai alpha');
  await page.getByRole('link', { name: 'Sécurité' }).first().click();
  await expect(headline).toHaveText('Sécurité');
  await expect(page.getByRole('main')).not.toContainText(EPSILON);

  await site.publish(addLeadStory('depeche-epsilon', EPSILON));
  // The reader reads on for a while, then goes to the front page by the masthead's link.
  await page.clock.fastForward(FRESH_FOR_MS);
  await page.getByRole('banner').getByRole('link', { name: 'Accueil de Kiosque' }).click();
  await expect(leadLink(page)).toHaveText(EPSILON);
  // Back to the topic page they had read: it lists the new story, filed under it.
  await page.goBack();
  await expect(headline).toHaveText('Sécurité');
  await expect(page.getByRole('main')).toContainText(EPSILON);
  await page.getByRole('link', { name: EPSILON }).click();
  await expect(headline).toHaveText(EPSILON);
});

test('a front page on screen says there are new stories without moving, and a tap shows them in place', async ({
  page,
  site,
}) => {
  await openPage(page, '/fr/');
  await serviceWorkerControls(page);
  await page.mouse.wheel(0, 200);
  const before = await leadLink(page).boundingBox();

  await site.publish(addLeadStory('depeche-epsilon', EPSILON));
  await awayFromTheTab(page);
  await expect(newsNotice(page)).toHaveText(/Nouveaux articles \(1\)/);
  // Nothing moved: the same lead, where it was.
  await expect(leadLink(page)).toHaveText('Dépêche d’essai alpha');
  expect(await leadLink(page).boundingBox()).toEqual(before);
  // The notice passes the accessibility rules the rest of the site does, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  }

  const marker = await page.evaluateHandle(() => document.documentElement);
  await newsNotice(page).click();
  await expect(leadLink(page)).toHaveText(EPSILON);
  await expect(newsNotice(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'À la une' })).toBeFocused();
  // In place: the same document.
  expect(await marker.evaluate((root) => root.isConnected)).toBe(true);
});

test('in English, the notice is reached by keyboard and Enter shows the new stories', async ({ page, site }) => {
  await openPage(page, '/en/');
  await serviceWorkerControls(page);
  await site.publish(addLeadStory('depeche-epsilon', EPSILON));
  await awayFromTheTab(page);
  await expect(newsNotice(page)).toHaveText(/New stories \(1\)/);
  await newsNotice(page).focus();
  await page.keyboard.press('Enter');
  // Not translated: the English front page lists the French dispatch.
  await expect(leadLink(page)).toHaveText(EPSILON);
});

test('a tab on screen checks every minute, at the cost of one request of under 1 KB and no work; a hidden one asks nothing until shown', async ({
  page,
  site,
}) => {
  const stamps = watchStampRequests(page);
  await openPage(page, '/fr/');
  await serviceWorkerControls(page);
  await expect.poll(() => stamps.answers.length).toBe(1);

  // Nothing new: the answer is "not modified" (headers, no body), and nothing else is asked for.
  const content: string[] = [];
  page.on(
    'request',
    (request) => void (new URL(request.url()).pathname.startsWith('/content/') && content.push(request.url())),
  );
  await page.clock.fastForward(POLL_MS);
  await expect.poll(() => stamps.answers.length).toBe(2);
  expect(stamps.answers[1]?.body).toBe(0);
  expect(content).toEqual([]);
  // Request and answer together, on the wire.
  for (const { request, headers, body } of stamps.answers) expect(request + headers + body).toBeLessThanOrEqual(1024);

  await setTabVisibility(page, 'hidden');
  await site.publish(addLeadStory('depeche-epsilon', EPSILON));
  await page.clock.fastForward(POLL_MS * 3);
  expect(stamps.answers).toHaveLength(2);

  await setTabVisibility(page, 'visible');
  await expect(newsNotice(page)).toBeVisible();
  // The answer's sizes are read once it has ended, which may be after the page has acted on it.
  await expect.poll(() => stamps.answers.length).toBe(3);
  const [, , news] = stamps.answers;
  expect(news?.body).toBeGreaterThan(0);
  expect((news?.request ?? 0) + (news?.headers ?? 0) + (news?.body ?? 0)).toBeLessThanOrEqual(1024);
});

test('search in a tab left open finds a story published since, shown in the page’s language', async ({
  page,
  site,
}) => {
  const headline = 'Dépêche d’essai Ostravelle';
  const search = async () => {
    await searchBox(page, 'Rechercher dans Kiosque').fill('Ostravelle');
    await searchBox(page, 'Rechercher dans Kiosque').press('Enter');
  };
  await openPage(page, '/fr/');
  await serviceWorkerControls(page);
  await search();
  await afterFirstSearch(page.getByRole('main')).toContainText('Aucun article ne correspond');

  await site.publish(addLeadStory('depeche-ostravelle', headline));
  await page.clock.fastForward(FRESH_FOR_MS);
  await search();
  await afterFirstSearch(result(page, headline)).toHaveCount(1);
  await expect(results(page)).toHaveCount(1);
  await expect(result(page, headline)).toContainText('Dépêche');
  await expect(result(page, headline)).not.toContainText('Dispatch');
});
