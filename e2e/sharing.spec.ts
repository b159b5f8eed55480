import { articlePath, SEED_ID, SITE, story } from './edition.ts';
import { expect, openPage, test } from './fixtures.ts';

// Sharing a story, and printing it.

const frUrl = articlePath(SEED_ID, 'fr');
const enUrl = `/en/articles/${story(SEED_ID, 'en').slug}`;

test.describe('sharing', () => {
  test('uses the system share sheet where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          Object.assign(window, { kiosqueShared: data });
          return Promise.resolve();
        },
      });
    });
    await openPage(page, enUrl);
    await page.getByRole('button', { name: 'Share' }).click();
    // Once Share's code is here, if the tap came before it (see ui/islands/heldTaps.ts).
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { kiosqueShared?: ShareData }).kiosqueShared))
      .toEqual({ title: story(SEED_ID, 'en').headline, url: `${SITE}${enUrl}` });
    await expect(page.getByRole('status').filter({ hasText: /copied/ })).toHaveCount(0);
  });

  test('otherwise copies the link and announces it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPage(page, frUrl);
    expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
    await page.getByRole('button', { name: 'Partager' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Lien copié dans le presse-papiers' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${frUrl}`);
  });

  test('shows the link to copy by hand when the clipboard refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await openPage(page, enUrl);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status')).toContainText('Could not copy');
    await expect(page.getByRole('textbox', { name: 'Link to this story' })).toHaveValue(`${SITE}${enUrl}`);
  });
});

test.describe('printing', () => {
  test('prints the article alone, with its address', async ({ page }) => {
    await openPage(page, frUrl);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Partager' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Sur le même sujet' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(`${SITE}${frUrl}`, { exact: true })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText(`${SITE}${frUrl}`, { exact: true })).toBeHidden();
  });
});
