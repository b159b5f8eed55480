import { expect, openPage, serviceWorkerControls, test } from './fixtures.ts';
import { addLeadStory } from '../../pipeline/testing/publishedSite.ts';
import { codeOf, comeBackToTab, rememberWorker, setTabVisibility, workerTookOver } from './tab.ts';
import { FRESH_FOR_MS } from '../../src/content-api/liveEdition.ts';

// A publish with new code: a page of the old code already open keeps working with its own code, its
// chunks included, until its next navigation, which loads the new code with the page.

test('an open page of the old code loads its own parts after a publish with new code, offline too, and the new code at its next navigation', async ({
  page,
  context,
  site,
}) => {
  await page.clock.install();
  await openPage(page, '/fr/articles/depeche-alpha');
  await serviceWorkerControls(page);
  await rememberWorker(page);
  const oldCode = await codeOf(page);

  await site.publish(addLeadStory('depeche-epsilon', 'Dépêche d’essai epsilon'), { newCode: true });
  // Another tab opened meanwhile: the new edition's worker installs, and takes over the open page too.
  const other = await context.newPage();
  await openPage(other, '/fr/');
  expect(await codeOf(other)).not.toBe(oldCode);
  await expect.poll(() => workerTookOver(page), { timeout: 30_000 }).toBe(true);

  // The topic page's code is a chunk the open page never loaded: it still comes, with no network.
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Sécurité' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sécurité');
  expect(await codeOf(page)).toBe(oldCode);

  // Online again, the page learns of the new code when the reader comes back to it, and its next
  // navigation loads the new code with the page.
  await context.setOffline(false);
  await setTabVisibility(page, 'hidden');
  await page.clock.fastForward(FRESH_FOR_MS);
  await comeBackToTab(page);
  await page.getByRole('banner').getByRole('link', { name: 'Accueil de Kiosque' }).click();
  await expect.poll(() => codeOf(page)).not.toBe(oldCode);
  await expect(page.getByRole('main').locator('h2 a').first()).toHaveText('Dépêche d’essai epsilon');
});

test('after a publish with new code, the language switch loads the other language at the paragraph being read', async ({
  page,
  site,
}) => {
  await page.setViewportSize({ width: 375, height: 420 });
  await page.clock.install();
  await openPage(page, '/fr/articles/depeche-alpha');
  const oldCode = await codeOf(page);
  await page.locator('#p3').evaluate((paragraph) => paragraph.scrollIntoView());
  await site.publish(() => undefined, { newCode: true });
  await setTabVisibility(page, 'hidden');
  await page.clock.fastForward(FRESH_FOR_MS);
  await comeBackToTab(page);

  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await expect.poll(() => codeOf(page)).not.toBe(oldCode);
  await expect(page).toHaveURL(/\/en\/articles\/alpha-dispatch#p3$/);
  // The paragraph is where the reader was reading, under the masthead.
  const masthead = await page.getByRole('banner').boundingBox();
  const paragraph = await page.locator('#p3').boundingBox();
  expect(Math.abs((paragraph?.y ?? 0) - ((masthead?.y ?? 0) + (masthead?.height ?? 0)))).toBeLessThan(40);
});
