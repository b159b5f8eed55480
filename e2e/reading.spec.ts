import type { Page } from '@playwright/test';
import { FRONT_PAGE_SIZE } from '../src/content-api/paths.ts';
import {
  articlePath,
  editionStories,
  headlineIn,
  LEAD_ID,
  READ_ALSO_ID,
  relatedIds,
  SEED_ID,
  SEED_TEXT,
  story,
} from './edition.ts';
import { expect, openPage, test } from './fixtures.ts';

/** A story's teaser on a front page, found by its headline. */
const teaser = (page: Page, headline: string) =>
  page.getByRole('article').filter({ has: page.getByRole('link', { name: headline, exact: true }) });

const seedFr = story(SEED_ID, 'fr');
const seedEn = story(SEED_ID, 'en');

test.describe('reading the edition', () => {
  test('the front page lists every story, lead first, and opens one client-side', async ({ page, reader }) => {
    await openPage(page, '/fr/');
    await expect(reader.headline()).toHaveText('À la une');
    await expect(page).toHaveTitle('À la une — Kiosque');
    const headlines = page.getByRole('heading', { level: 2 });
    const stories = editionStories();
    await expect(headlines).toHaveCount(Math.min(stories.length, FRONT_PAGE_SIZE));
    await expect(headlines.first()).toHaveText(headlineIn(LEAD_ID, 'fr'));
    if (stories.length <= FRONT_PAGE_SIZE) {
      for (const { id } of stories)
        await expect(page.getByRole('link', { name: headlineIn(id, 'fr'), exact: true })).toBeVisible();
      // Each teaser says its kind first ("Dépêche", or "Dépêche · En anglais" for a story not in French).
      for (const { id, kind } of stories)
        await expect(teaser(page, headlineIn(id, 'fr'))).toContainText(kind === 'explainer' ? 'Contexte' : 'Dépêche');
    }

    await reader.markDocument();
    await page.getByRole('link', { name: seedFr.headline }).click();
    await expect(page).toHaveURL(articlePath(SEED_ID, 'fr'));
    await expect(reader.headline()).toHaveText(seedFr.headline);
    expect(await reader.documentIsMarked()).toBe(true);
  });

  test('the English front page summarises stories in English', async ({ page }) => {
    await openPage(page, '/en/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Top stories');
    await expect(page.getByRole('link', { name: seedEn.headline })).toBeVisible();
    await expect(page.getByText(seedEn.blocks[0]!.text)).toBeVisible();
    await expect(teaser(page, seedEn.headline)).toContainText('Dispatch');
  });

  test('the seed dispatch reads verbatim, paragraph by paragraph', async ({ page, reader }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    const [headline, ...lines] = SEED_TEXT.split('\n').filter((line) => line.trim() !== '');
    await expect(reader.headline()).toHaveText(headline!);
    const paragraphs = lines.filter((line) => !line.startsWith('>>'));
    expect(paragraphs).toHaveLength(7);
    await expect(reader.bodyParagraphs()).toHaveCount(7);
    // Compared character for character: no whitespace normalisation, typographic apostrophes kept.
    expect(await reader.bodyParagraphs().allTextContents()).toEqual(paragraphs);
    const readAlsoTitle = lines.find((line) => line.startsWith('>>Lire aussi :'))!.replace('>>Lire aussi : ', '');
    await expect(reader.readAlso('Lire aussi').getByRole('link')).toHaveText(readAlsoTitle);
    await expect(page.getByText('Rabat', { exact: true })).toBeVisible();
    await expect(page.getByText('Source : Presse marocaine')).toBeVisible();
    await expect(page.getByRole('main').locator('header').first().getByText('Dépêche', { exact: true })).toBeVisible();
  });

  test('the English translation is complete, paragraph-aligned and marked as translated', async ({ page, reader }) => {
    await openPage(page, `/en/articles/${seedEn.slug}`);
    await expect(reader.headline()).toHaveText(seedEn.headline);
    await expect(page.getByText('Translated from French')).toBeVisible();
    const ids = await reader.bodyParagraphs().evaluateAll((elements) => elements.map((element) => element.id));
    const frenchIds = seedFr.blocks.filter((block) => block.type === 'paragraph').map((block) => block.id);
    expect(ids).toEqual(frenchIds);
    await expect(reader.bodyParagraphs()).toHaveText(
      seedEn.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text),
    );
    await expect(reader.readAlso('Read also').getByRole('link')).toHaveText(story(READ_ALSO_ID, 'en').headline);
  });

  test('read-also opens the related story client-side, and Back returns', async ({ page, reader }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    const documents = reader.countDocumentRequests();
    await reader.readAlso('Lire aussi').getByRole('link').click();
    await expect(page).toHaveURL(articlePath(READ_ALSO_ID, 'fr'));
    await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'fr').headline);
    await expect(page.getByText('Article de contexte rédigé par Kiosque', { exact: false })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(articlePath(SEED_ID, 'fr'));
    await expect(reader.headline()).toHaveText(seedFr.headline);
    expect(documents.count).toBe(0);
  });

  test('related stories are listed in the reader’s language and each links back', async ({ page, reader }) => {
    for (const lang of ['fr', 'en'] as const) {
      const seed = story(SEED_ID, lang);
      await openPage(page, `/${lang}/articles/${seed.slug}`);
      const related = reader.related(lang === 'fr' ? 'Sur le même sujet' : 'Related stories');
      const ids = relatedIds(SEED_ID);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      await expect(related.getByRole('link')).toHaveText(ids.map((id) => story(id, lang).headline));
      for (const id of ids) {
        await related.getByRole('link', { name: story(id, lang).headline }).click();
        await expect(reader.headline()).toHaveText(story(id, lang).headline);
        const back = reader
          .related(lang === 'fr' ? 'Sur le même sujet' : 'Related stories')
          .getByRole('link', { name: seed.headline });
        await expect(back).toBeVisible();
        await back.click();
        await expect(reader.headline()).toHaveText(seed.headline);
      }
    }
  });

  test('a client-side navigation moves focus to the new headline and starts at the top', async ({ page, reader }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await openPage(page, articlePath(SEED_ID, 'fr'));
    const readAlso = reader.readAlso('Lire aussi').getByRole('link');
    await readAlso.scrollIntoViewIfNeeded();
    const scrolledTo = await page.evaluate(() => window.scrollY);
    expect(scrolledTo).toBeGreaterThan(300);
    await readAlso.click();
    await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'fr').headline);
    await expect(reader.headline()).toBeFocused();
    await expect(page.locator('[aria-live="polite"]')).toHaveText(
      `Page chargée\u00a0: ${story(READ_ALSO_ID, 'fr').headline} — Kiosque`,
    );
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await expect(reader.headline()).toHaveText(seedFr.headline);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolledTo);
  });

  test('a link to a paragraph opens at that paragraph, even in a tab that has read other pages', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await openPage(page, '/fr/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await openPage(page, `/en/articles/${story(SEED_ID, 'en').slug}#p3`);
    const top = await page.locator('#p3').evaluate((element) => element.getBoundingClientRect().top);
    // Just under the masthead, where scroll-margin-top puts an anchor.
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(150);
  });

  test('hovering or focusing a story link prefetches the story', async ({ page }) => {
    await openPage(page, '/en/');
    const target = story(READ_ALSO_ID, 'en');
    const link = page.getByRole('link', { name: target.headline });
    const hovered = page.waitForRequest(`**/content/en/articles/${target.slug}.json`);
    await link.hover();
    await hovered;

    const other = story('strategie-nationale-immigration-asile-maroc', 'en');
    const focused = page.waitForRequest(`**/content/en/articles/${other.slug}.json`);
    await page.getByRole('link', { name: other.headline }).focus();
    await focused;
  });

  test('an open article fetches its other language when idle, so the switch needs no network', async ({
    page,
    reader,
  }) => {
    // The story in English and the English interface strings, each fetched when the browser is idle.
    const english = [
      page.waitForResponse(`**/content/en/articles/${seedEn.slug}.json`),
      page.waitForResponse('**/content/strings/en.json'),
    ];
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await Promise.all(english);
    await page.route('**/content/**', (route) => route.abort());
    await reader.languageLink('English').click();
    await expect(reader.headline()).toHaveText(seedEn.headline);
  });
});

test.describe('provenance', () => {
  test('a translation says so and links to the original', async ({ page, reader }) => {
    await openPage(page, `/en/articles/${seedEn.slug}`);
    const note = page.getByText('Translated from French');
    await expect(note).toBeVisible();
    const original = note.getByRole('link', { name: 'Read the original' });
    await expect(original).toHaveAttribute('hreflang', 'fr');
    await original.click();
    await expect(page).toHaveURL(articlePath(SEED_ID, 'fr'));
    await expect(reader.headline()).toHaveText(seedFr.headline);
    await expect(page.getByText('Translated from French')).toHaveCount(0);
  });
});
