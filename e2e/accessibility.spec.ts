import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { articlePath, SEED_ID, story } from './edition.ts';
import { expect, holdRequests, NOT_FOUND_RESOURCE, openPage, pageTextArrived, test } from './fixtures.ts';
import { type Reader } from './reader.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Only colours change with the colour scheme: the second scheme is checked by the rules that read
// them, which is where a dark theme fails, in a fraction of a full pass's time.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function expectNoViolations(page: Page, only?: string[]) {
  const axe = new AxeBuilder({ page });
  const { violations } = await (only ? axe.withRules(only) : axe.withTags(WCAG)).analyze();
  const summary = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

type Scene = {
  name: string;
  url: (lang: 'fr' | 'en') => string;
  prepare?: (page: Page, reader: Reader, lang: 'fr' | 'en') => Promise<void>;
};

const scenes: Scene[] = [
  { name: 'front page', url: (lang) => `/${lang}/` },
  {
    name: 'article side by side',
    url: (lang) => `/${lang}/articles/${story(SEED_ID, lang).slug}`,
    prepare: async (_page, reader, lang) => {
      await reader.readingMode(lang === 'fr' ? 'Côte à côte' : 'Side by side').click();
      // Checked once both columns show, as the reader sees them.
      await expect(reader.block('p1', lang === 'fr' ? 'en' : 'fr')).toBeVisible();
    },
  },
  {
    // The article, with what a reader can open on it (a translation, the display settings).
    name: 'article with a translation shown and the display settings open',
    url: (lang) => `/${lang}/articles/${story(SEED_ID, lang).slug}`,
    prepare: async (page, reader, lang) => {
      await page
        .getByRole('button', { name: lang === 'fr' ? 'Afficher la traduction' : 'Show translation' })
        .first()
        .click();
      // Checked once it is shown, as the reader sees it (on a loaded machine its code can take a while).
      await expect(
        page.getByRole('button', { name: lang === 'fr' ? 'Masquer la traduction' : 'Hide translation' }),
      ).toBeVisible();
      await reader.openDisplaySettings();
    },
  },
  { name: 'not-found page', url: (lang) => `/${lang}/nulle-part` },
  { name: 'topic page', url: (lang) => `/${lang}/topics/${lang === 'fr' ? 'maroc' : 'morocco'}` },
  {
    name: 'search results, highlighted',
    url: (lang) => (lang === 'fr' ? '/fr/recherche?q=s%C3%A9curit%C3%A9' : '/en/search?q=security'),
    prepare: async (page) => page.getByRole('main').locator('mark').first().waitFor(),
  },
];

test.describe('zero axe violations (WCAG 2.2 AA)', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_RESOURCE] });
  for (const scene of scenes) {
    for (const lang of ['fr', 'en'] as const) {
      test(`${scene.name}, ${lang}, light and dark`, async ({ page, reader }) => {
        await openPage(page, scene.url(lang));
        await expect(reader.headline()).toBeVisible();
        await scene.prepare?.(page, reader, lang);
        await page.emulateMedia({ colorScheme: 'light' });
        await test.step('light', () => expectNoViolations(page));
        await page.emulateMedia({ colorScheme: 'dark' });
        await test.step('dark', () => expectNoViolations(page, COLOUR_RULES));
      });
    }
  }
});

test.describe('keyboard and landmarks', () => {
  test('the skip link is the first Tab stop and leads to the content', async ({ page, reader }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await expect(reader.headline()).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the page has its landmarks', async ({ page }) => {
    await openPage(page, '/en/');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Language' })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('search', { name: 'Search Kiosque' })).toBeVisible();
  });

  test('everything works from the keyboard: switch, modes, settings, a story link', async ({ page, reader }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await reader.languageLink('English').focus();
    await page.keyboard.press('Enter');
    await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
    await expect(reader.headline()).toBeFocused();

    await reader.readingMode('Side by side').focus();
    await page.keyboard.press('Space');
    await expect(reader.readingMode('Side by side')).toHaveAttribute('aria-pressed', 'true');

    await page.locator('summary').focus();
    await page.keyboard.press('Enter');
    const dark = page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' });
    await dark.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Escape');
    await expect(dark).toBeHidden();
    await expect(page.locator('summary')).toBeFocused();

    const related = page.getByRole('region', { name: 'Related stories' }).getByRole('link').first();
    await related.focus();
    await page.keyboard.press('Enter');
    await expect(reader.headline()).toBeFocused();
    await expect(page).toHaveURL(/\/en\/articles\//);
  });

  for (const width of [375, 1280]) {
    test(`tabbing through the masthead of a scrolled article never scrolls the page (${width}px)`, async ({
      page,
      reader,
    }) => {
      await page.setViewportSize({ width, height: 700 });
      await openPage(page, articlePath(SEED_ID, 'fr'));
      await page.locator('#p4').evaluate((element) => element.scrollIntoView());
      const scrolled = await reader.scrollY();
      expect(scrolled).toBeGreaterThan(300);
      const masthead = page.getByRole('banner');
      const search = masthead.getByRole('search', { name: 'Rechercher dans Kiosque' });
      const stops = [
        page.getByRole('link', { name: 'Aller au contenu' }),
        masthead.getByRole('link').first(),
        reader.languageLink('Français'),
        reader.languageLink('English'),
        masthead.locator('summary'),
        search.getByRole('searchbox'),
        search.getByRole('button', { name: 'Rechercher' }),
      ];
      for (const stop of stops) {
        await page.keyboard.press('Tab');
        await expect(stop).toBeFocused();
        expect(await reader.scrollY()).toBe(scrolled);
      }
      // A screen reader moves focus without Tab.
      await reader.languageLink('English').evaluate((element: HTMLElement) => element.focus());
      expect(await reader.scrollY()).toBe(scrolled);
    });
  }

  test('focus is visible', async ({ page, reader }) => {
    await openPage(page, '/fr/');
    await expect(reader.headline()).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
  });
});

test.describe('a button pressed before its code arrived', () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    test(`keeps its text’s contrast while it says it is busy, light and dark (motion: ${reducedMotion})`, async ({
      page,
      reader,
    }) => {
      await page.emulateMedia({ reducedMotion });
      const release = await holdRequests(page, '**/assets/readingModes-*.js');
      await openPage(page, articlePath(SEED_ID, 'fr'));
      await expect.poll(() => pageTextArrived(page)).toBe(true);
      const toggle = reader.blockRow('p2').getByRole('button', { name: 'Afficher la traduction' });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-busy', 'true');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoViolations(page, COLOUR_RULES);
      }
      release();
      await expect(reader.blockRow('p2').getByRole('button', { name: 'Masquer la traduction' })).toBeVisible();
    });
  }
});
