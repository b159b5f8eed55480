import type { Page } from '@playwright/test';
import { appTakesOver } from '../scripts/appTakesOver.ts';
import { articlePath, SEED_ID, SITE, story } from './edition.ts';
import {
  expect,
  FAILED_RESOURCE,
  holdChunk,
  holdRequests,
  islandsArrived,
  openPage,
  pageTextArrived,
  test,
} from './fixtures.ts';

// The parts of a page a reader may never use (display settings, share, the reading modes) are
// islands whose code is a chunk of its own, fetched on intent or when the browser is idle
// (src/ui/islands/). A tap on one before its code arrives does what it says once it has. (The
// text of a page is a part too: e2e/pageParts.spec.ts.)

const frUrl = articlePath(SEED_ID, 'fr');
const enUrl = `/en/articles/${story(SEED_ID, 'en').slug}`;

/** A stand-in for the system share sheet, which notes what it was given. */
async function stubShareSheet(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: (data: ShareData) => {
        Object.assign(window, { kiosqueShared: data });
        return Promise.resolve();
      },
    });
  });
}

const shared = (page: Page) =>
  page.evaluate(() => (window as unknown as { kiosqueShared?: ShareData }).kiosqueShared ?? null);

test.describe('on a phone, by touch', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap on Share while its code is held back for 2 s shares once it arrives, with no second tap', async ({
    page,
  }) => {
    await stubShareSheet(page);
    const release = await holdChunk(page, 'ShareButton');
    await openPage(page, enUrl);
    // Share's code alone is held back (a tap while the page's own code arrives too: the next test).
    await expect.poll(() => pageTextArrived(page)).toBe(true);
    const share = page.getByRole('button', { name: 'Share' });
    await share.tap();
    await expect(share).toHaveAttribute('aria-busy', 'true');
    expect(await shared(page)).toBeNull();
    await release();
    await expect.poll(() => shared(page)).toEqual({ title: story(SEED_ID, 'en').headline, url: `${SITE}${enUrl}` });
    await expect(page.getByRole('button', { name: 'Share' })).not.toHaveAttribute('aria-busy');
  });

  test('a tap on Share while the page’s own code arrives too stays busy until Share’s code is here, then shares', async ({
    page,
  }) => {
    await stubShareSheet(page);
    const releasePage = await holdRequests(page, '**/assets/pages-*.js');
    const releaseShare = await holdChunk(page, 'ShareButton');
    await openPage(page, enUrl);
    const share = page.getByRole('button', { name: 'Share' });
    await share.tap();
    await expect(share).toHaveAttribute('aria-busy', 'true');
    releasePage();
    await expect.poll(() => pageTextArrived(page)).toBe(true);
    // The story's text acts by itself; Share, a part inside it, still waits for its own code.
    await expect(share).toHaveAttribute('aria-busy', 'true');
    expect(await shared(page)).toBeNull();
    await releaseShare();
    await expect.poll(() => shared(page)).toEqual({ title: story(SEED_ID, 'en').headline, url: `${SITE}${enUrl}` });
    await expect(share).not.toHaveAttribute('aria-busy');
  });

  test('two taps in the display panel while its code is held back for 2 s are both applied, in order', async ({
    page,
  }) => {
    const release = await holdChunk(page, 'DisplayPanel');
    await openPage(page, frUrl);
    await page.getByRole('banner').locator('summary').tap();
    const large = page.getByRole('group', { name: 'Taille du texte' }).getByRole('button', { name: 'Grande' });
    const dark = page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Sombre' });
    const light = page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Clair' });
    await large.tap();
    await dark.tap();
    await light.tap();
    await expect(light).toHaveAttribute('aria-busy', 'true');
    await release();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await expect(light).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(dark).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('by keyboard', () => {
  test('a theme chosen with Enter while the panel’s code is held back for 2 s is applied once it arrives', async ({
    page,
    reader,
  }) => {
    const release = await holdChunk(page, 'DisplayPanel');
    await openPage(page, frUrl);
    const summary = page.getByRole('banner').locator('summary');
    await reader.tabTo(summary);
    await page.keyboard.press('Enter');
    const dark = page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Sombre' });
    await reader.tabTo(dark);
    await page.keyboard.press('Enter');
    await expect(dark).toHaveAttribute('aria-busy', 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).not.toBe('dark');
    await release();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(dark).toHaveAttribute('aria-pressed', 'true');
  });

  test('Escape, or a click anywhere else, closes the display panel', async ({ page, reader }) => {
    await openPage(page, frUrl);
    await islandsArrived(page);
    const details = page.getByRole('banner').locator('details');
    await reader.openDisplaySettings();
    await page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Clair' }).focus();
    await page.keyboard.press('Escape');
    await expect(details).not.toHaveAttribute('open');
    await expect(details.locator('summary')).toBeFocused();
    await reader.openDisplaySettings();
    await reader.headline().click();
    await expect(details).not.toHaveAttribute('open');
  });

  test('Tab past the display panel’s last button closes it', async ({ page, reader }) => {
    await openPage(page, frUrl);
    await islandsArrived(page);
    const details = page.getByRole('banner').locator('details');
    await reader.openDisplaySettings();
    await page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Sombre' }).focus();
    await page.keyboard.press('Tab');
    await expect(details).not.toHaveAttribute('open');
    await expect(details.locator(':focus')).toHaveCount(0);
  });
});

test.describe('before the app has arrived', () => {
  test('a paragraph’s “Afficher la traduction”, pressed while the app is on its way, shows the translation when it comes', async ({
    page,
    reader,
  }) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(frUrl);
    const toggle = reader.blockRow('p2').getByRole('button', { name: 'Afficher la traduction' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-busy', 'true');
    release();
    await appTakesOver(page);
    await expect(reader.blockRow('p2').locator('p[lang="en"]')).toHaveText(
      story(SEED_ID, 'en').blocks.find((block) => block.id === 'p2')!.text,
    );
    await expect(reader.blockRow('p2').getByRole('button', { name: 'Masquer la traduction' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

test.describe('with no app at all', () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  test('the search form works as plain HTML: it opens the results page', async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(frUrl);
    const box = page.getByRole('search', { name: 'Rechercher dans Kiosque' }).getByRole('searchbox');
    await box.fill('sécuritaire');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/fr\/recherche\?q=s%C3%A9curitaire$/);
  });
});
