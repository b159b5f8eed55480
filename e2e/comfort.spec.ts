import { appTakesOver } from '../scripts/appTakesOver.ts';
import { articlePath, SEED_ID, story } from './edition.ts';
import { searchBox } from './searchPage.ts';
import { expect, FAILED_RESOURCE, openPage, reloadPage, test } from './fixtures.ts';

const frUrl = articlePath(SEED_ID, 'fr');
const enUrl = `/en/articles/${story(SEED_ID, 'en').slug}`;

test.describe('reading time', () => {
  test('is given in each language with its plural', async ({ page }) => {
    await openPage(page, frUrl);
    await expect(page.getByText('Lecture\u00a0: 2 minutes', { exact: true })).toBeVisible();
    await openPage(page, enUrl);
    await expect(page.getByText('Reading time: 1 minute', { exact: true })).toBeVisible();
  });
});

test.describe('text size', () => {
  test('comes in three steps and is remembered', async ({ page, reader }) => {
    await openPage(page, frUrl);
    const paragraph = page.locator('#p1');
    const size = () => paragraph.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    const medium = await size();
    await reader.openDisplaySettings();
    const group = page.getByRole('group', { name: 'Taille du texte' });
    await expect(group.getByRole('button', { name: 'Moyenne' })).toHaveAttribute('aria-pressed', 'true');
    await group.getByRole('button', { name: 'Grande' }).click();
    await expect(group.getByRole('button', { name: 'Grande' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(size).toBeGreaterThan(medium);
    await group.getByRole('button', { name: 'Petite' }).click();
    await expect.poll(size).toBeLessThan(medium);

    await reloadPage(page);
    await expect.poll(size).toBeLessThan(medium);
    await reader.openDisplaySettings();
    await expect(
      page.getByRole('group', { name: 'Taille du texte' }).getByRole('button', { name: 'Petite' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('the display panel on a small phone, with large text', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [lang, url, label] of [
    ['fr', '/fr/', 'Taille du texte'],
    ['en', '/en/', 'Text size'],
  ] as const) {
    test(`${lang}: every choice stays inside the panel, and the page never scrolls sideways`, async ({
      page,
      reader,
    }) => {
      await page.addInitScript(() => localStorage.setItem('kiosque.textSize', 'large'));
      await openPage(page, url);
      await reader.openDisplaySettings();
      await expect(page.getByRole('group', { name: label })).toBeVisible();
      const overflow = await page.evaluate(() => {
        // The panel is the box that hangs from the masthead: the group's positioned ancestor.
        let panel = document.querySelector('header details [role=group]');
        while (panel && getComputedStyle(panel).position !== 'absolute') panel = panel.parentElement;
        const inner = panel?.getBoundingClientRect();
        const buttons = [...document.querySelectorAll('header details [role=group] button')].map((button) =>
          button.getBoundingClientRect(),
        );
        return {
          outside: buttons.filter((box) => !inner || box.left < inner.left || box.right > inner.right).length,
          sideways: document.documentElement.scrollWidth - innerWidth,
        };
      });
      expect(overflow).toEqual({ outside: 0, sideways: 0 });
    });
  }
});

test.describe('the display panel on a common phone (375 px), with large text', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const [lang, url, groups] of [
    ['fr', '/fr/', ['Taille du texte', 'Thème']],
    ['en', '/en/', ['Text size', 'Theme']],
  ] as const) {
    test(`${lang}: each group of choices holds on one line`, async ({ page, reader }) => {
      await page.addInitScript(() => localStorage.setItem('kiosque.textSize', 'large'));
      await openPage(page, url);
      await reader.openDisplaySettings();
      for (const name of groups) {
        const tops = await page
          .getByRole('group', { name })
          .getByRole('button')
          .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
        expect(tops).toHaveLength(3);
        expect(new Set(tops).size, `${name}: rows`).toBe(1);
      }
    });
  }
});

test.describe('the masthead on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const [lang, name, query] of [
    ['fr', 'Rechercher dans Kiosque', 'recherche'],
    ['en', 'Search Kiosque', 'search'],
  ] as const) {
    test(`${lang}: one row, its search a magnifier that opens across it on a tap or Tab, and searches`, async ({
      page,
    }) => {
      await openPage(page, `/${lang}/`);
      expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(64);
      const box = searchBox(page, name);
      expect((await box.boundingBox())!.width).toBeLessThan(50);
      await box.click();
      expect((await box.boundingBox())!.width).toBeGreaterThan(200);
      await box.fill('Maroc');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/${query}\\?q=Maroc$`));
      // Folded again once focus has left it; Tab from the display settings opens it.
      await expect.poll(async () => (await box.boundingBox())!.width).toBeLessThan(50);
      await page.locator('header details > summary').focus();
      await page.keyboard.press('Tab');
      await expect(box).toBeFocused();
      expect((await box.boundingBox())!.width).toBeGreaterThan(200);
    });
  }

  test('with large text, it keeps to one row', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('kiosque.textSize', 'large'));
    await openPage(page, '/fr/');
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThanOrEqual(80);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
  });
});

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });
  const background = (page: import('@playwright/test').Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('follows the system, or the reader’s choice, which is remembered', async ({ page, reader }) => {
    await openPage(page, '/en/');
    const light = await background(page);
    await reader.openDisplaySettings();
    const theme = page.getByRole('group', { name: 'Theme' });
    await expect(theme.getByRole('button', { name: 'Automatic' })).toHaveAttribute('aria-pressed', 'true');
    await theme.getByRole('button', { name: 'Dark' }).click();
    await expect.poll(() => background(page)).not.toBe(light);
    const dark = await background(page);

    await reloadPage(page);
    expect(await background(page)).toBe(dark);
    await reader.openDisplaySettings();
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Automatic' }).click();
    await expect.poll(() => background(page)).toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => background(page)).toBe(dark);
  });
});

test.describe('a stored theme', () => {
  test.use({ colorScheme: 'light', allowedConsoleErrors: [FAILED_RESOURCE] });

  test('is applied before the app runs, so it never flashes', async ({ page, reader }) => {
    await page.goto('/fr/');
    await appTakesOver(page);
    await reader.openDisplaySettings();
    const dark = page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Sombre' });
    await dark.click();
    // Stored once the panel's code has pressed it (a tap before its code arrives is held, then pressed).
    await expect(dark).toHaveAttribute('aria-pressed', 'true');
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 23, 26)');
  });
});

test.describe('preferences without storage', () => {
  test('every control still works when localStorage throws', async ({ page, reader }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await openPage(page, frUrl);
    await reader.readingMode('Côte à côte').click();
    await expect(reader.block('p1', 'en')).toBeVisible();
    await reader.openDisplaySettings();
    await page.getByRole('group', { name: 'Thème' }).getByRole('button', { name: 'Sombre' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await reader.languageLink('English').click();
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
    await expect(reader.readingMode('Side by side')).toHaveAttribute('aria-pressed', 'true');
  });
});
