import { articlePath, headlineIn, LEAD_ID, READ_ALSO_ID, SEED_ID, story } from './edition.ts';
import { expect, FAILED_RESOURCE, holdChunk, openPage, pageTextArrived, test } from './fixtures.ts';

// The text of the front page and of a story is read as the server wrote it: its code (a chunk of
// its own, src/app/router.tsx) is no part of the first view, and arrives when the reader shows
// intent or the browser is idle. A link followed before then opens its page client-side, once the
// code is here; a page whose code cannot be had says so and offers a retry.

const seedFr = articlePath(SEED_ID, 'fr');
/** The chunk that holds the front page's and the stories' own code (pipeline/bundle/chunks.ts). */
const PAGES_CHUNK = /\/assets\/pages-[^/ ]+\.js/;

test.describe('loading a page’s text on intent', () => {
  // A browser that is never idle: only the reader's intent fetches the code.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined }),
    );
  });

  for (const [kind, url] of [
    ['a story', seedFr],
    ['the front page', '/en/'],
  ] as const) {
    test(`${kind}: its first view does not name its text’s code, which pointing at the text fetches`, async ({
      page,
      reader,
    }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await openPage(page, url);
      const firstView = await page.locator('script[data-app-chunks]').getAttribute('data-app-chunks');
      expect(firstView).not.toMatch(PAGES_CHUNK);
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(requested.filter((address) => PAGES_CHUNK.test(address))).toEqual([]);
      expect(await pageTextArrived(page)).toBe(false);
      const asked = page.waitForRequest(PAGES_CHUNK);
      await reader.headline().hover();
      await asked;
      await expect.poll(() => pageTextArrived(page)).toBe(true);
    });
  }
});

test.describe('a link followed before the text’s code arrives', () => {
  test.describe('on a phone, by touch', () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

    test('a tap on “Lire aussi” while the pages’ code is held back for 2 s opens that story client-side once it arrives', async ({
      page,
      reader,
    }) => {
      const release = await holdChunk(page, 'pages');
      await openPage(page, seedFr);
      await reader.markDocument();
      const documents = reader.countDocumentRequests();
      await reader.readAlso('Lire aussi').getByRole('link').tap();
      await release();
      await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'fr').headline);
      await expect(page).toHaveURL(articlePath(READ_ALSO_ID, 'fr'));
      expect(await reader.documentIsMarked()).toBe(true);
      expect(documents.count).toBe(0);
    });
  });

  test('Enter on the lead story while the pages’ code is held back for 2 s opens it client-side once it arrives', async ({
    page,
    reader,
  }) => {
    const release = await holdChunk(page, 'pages');
    await openPage(page, '/en/');
    await reader.markDocument();
    const lead = page.getByRole('link', { name: headlineIn(LEAD_ID, 'en'), exact: true });
    await reader.tabTo(lead);
    await page.keyboard.press('Enter');
    await release();
    await expect(reader.headline()).toHaveText(headlineIn(LEAD_ID, 'en'));
    expect(await reader.documentIsMarked()).toBe(true);
  });

  test('a link opened in a new tab is left to the browser', async ({ page, context }) => {
    const release = await holdChunk(page, 'pages');
    await openPage(page, '/en/');
    const opened = context.waitForEvent('page');
    await page
      .getByRole('link', { name: headlineIn(LEAD_ID, 'en'), exact: true })
      .click({ modifiers: ['ControlOrMeta'] });
    const tab = await opened;
    // A new tab starts at about:blank, whose load can come first on a busy machine: wait for the address.
    await expect(tab).toHaveURL(new RegExp(`${articlePath(LEAD_ID, 'en')}$`));
    await expect(page).toHaveURL('/en/');
    await release();
  });
});

test.describe('a navigation that waits for the text’s code', () => {
  test('shows the progress bar under the masthead meanwhile, as a slow page does', async ({ page, reader }) => {
    const release = await holdChunk(page, 'pages');
    await openPage(page, '/fr/');
    await page.getByRole('link', { name: story(SEED_ID, 'fr').headline }).click();
    const bar = page.getByRole('banner').getByRole('progressbar', { name: 'Chargement de la page' });
    await expect(bar).toBeVisible();
    await release();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
    await expect(bar).toHaveCount(0);
  });
});

test.describe('a story whose code cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  test('says that loading failed and offers a retry, which opens the story once the code can be had', async ({
    page,
    reader,
  }) => {
    await page.route('**/assets/pages-*.js', (route) => route.abort());
    await openPage(page, '/fr/');
    await page.getByRole('link', { name: story(SEED_ID, 'fr').headline }).click();
    await expect(reader.headline()).toHaveText('Le chargement a échoué');
    await page.unroute('**/assets/pages-*.js');
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
    await expect(page).toHaveURL(seedFr);
  });
});
