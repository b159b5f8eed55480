import { articlePath, SEED_ID, story } from './edition.ts';
import { expect, holdChunk, islandsArrived, openPage, reloadPage, serviceWorkerControls, test } from './fixtures.ts';

// When the parts' code is fetched (on intent, never in the first view), that its arrival moves
// nothing on the page, and that the parts work offline once read (src/ui/islands/; what a tap does
// before the code arrives: islands.spec.ts).

const frUrl = articlePath(SEED_ID, 'fr');

test.describe('loading on intent', () => {
  // A browser that is never idle: only the reader's intent fetches a part's code.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined }),
    );
  });

  test('no first view names a part’s chunk; pointing at the display settings fetches its panel’s code', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openPage(page, frUrl);
    const firstView = await page.locator('script[data-app-chunks]').getAttribute('data-app-chunks');
    expect(firstView).not.toMatch(/DisplayPanel|ShareButton|readingModes/);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(requested.filter((url) => /DisplayPanel/.test(url))).toEqual([]);
    const asked = page.waitForRequest(/\/assets\/DisplayPanel-[^/]+\.js$/);
    await page.getByRole('banner').locator('summary').hover();
    await asked;
  });

  test('focusing the search box fetches the search page’s code', async ({ page }) => {
    await openPage(page, frUrl);
    const asked = page.waitForRequest(/\/assets\/searchRoute-[^/]+\.js$/);
    await page.getByRole('search', { name: 'Rechercher dans Kiosque' }).getByRole('searchbox').focus();
    await asked;
  });
});

test.describe('nothing moves', () => {
  test('when the parts’ code, and the story’s own, arrives seconds after the page, the layout does not shift', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { kiosqueShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const releases = await Promise.all(
      ['pages', 'DisplayPanel', 'ShareButton', 'readingModes'].map((name) => holdChunk(page, name)),
    );
    await openPage(page, frUrl);
    await Promise.all(releases.map((release) => release()));
    await islandsArrived(page);
    expect(await page.evaluate(() => (window as unknown as { kiosqueShifts: number[] }).kiosqueShifts)).toEqual([]);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the parts work with no network: their chunks are saved', async ({ page, context, reader }) => {
    await openPage(page, frUrl);
    await serviceWorkerControls(page);
    await context.setOffline(true);
    await reloadPage(page);
    await reader.openDisplaySettings();
    await page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Sombre' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await reader.readingMode('Côte à côte').click();
    await expect(reader.block('p1', 'en')).toHaveText(story(SEED_ID, 'en').blocks[0]!.text);
  });
});
