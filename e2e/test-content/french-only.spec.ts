import { parseFeed } from '@rowanmanning/feed-parser';
import { SITE } from '../edition.ts';
import { expect, openPage, test } from '../fixtures.ts';
import { SEARCH_ENGINE_STARTS } from '../patience.ts';

const HEADLINE = 'Dépêche française seule';
const PARAGRAPHS = ['Cette dépêche n’existe qu’en français.', 'Elle n’a pas encore été traduite.'];

test.describe('an imported dispatch with no English version', () => {
  test('appears on both front pages, in French', async ({ page }) => {
    await openPage(page, '/fr/');
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
    await openPage(page, '/en/');
    const link = page.getByRole('link', { name: HEADLINE });
    await expect(link).toBeVisible();
    await expect(page.getByRole('heading', { name: HEADLINE })).toHaveAttribute('lang', 'fr');
  });

  test('reads in French', async ({ page, reader }) => {
    await openPage(page, '/fr/articles/depeche-francaise-seule');
    await expect(reader.headline()).toHaveText(HEADLINE);
    expect(await reader.bodyParagraphs().allTextContents()).toEqual(PARAGRAPHS);
    await expect(page.getByText('Casablanca', { exact: true })).toBeVisible();
  });

  test('opens from the English edition without crashing, its text marked as French', async ({ page, reader }) => {
    await openPage(page, '/en/');
    await page.getByRole('link', { name: HEADLINE }).click();
    await expect(page).toHaveURL('/en/articles/depeche-francaise-seule');
    await expect(reader.headline()).toHaveText(HEADLINE);
    await expect(page.getByRole('article')).toHaveAttribute('lang', 'fr');
    expect(await reader.htmlLang()).toBe('en');
    expect(await reader.bodyParagraphs().allTextContents()).toEqual(PARAGRAPHS);
  });

  test('is found from the English search page by its French words, and shown in French', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await openPage(page, '/en/search?q=traduite');
    const found = page.getByRole('main').getByRole('listitem').filter({ hasText: HEADLINE });
    // The first search starts the engine, which a loaded machine can take seconds over.
    await expect(found.locator('mark')).toHaveText(['traduite'], { timeout: SEARCH_ENGINE_STARTS });
    await expect(found.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'fr');
    await expect(found.getByRole('link')).toHaveAttribute('href', '/en/articles/depeche-francaise-seule');
    await expect(found).not.toContainText('Found in the French version');
    // French words: the French index is asked too, for the stories whose French version alone has them.
    expect(fetched.filter((path) => path.startsWith('/pagefind/fr/')).length).toBeGreaterThan(0);
  });

  test('says it exists in French only, and the switch shows which versions exist', async ({ page, reader }) => {
    await openPage(page, '/en/articles/depeche-francaise-seule');
    await expect(page.getByText('This story is available in French only.')).toBeVisible();
    await expect(reader.languageLink('English')).toContainText('(not translated)');
    await expect(reader.languageLink('Français')).not.toContainText('not translated');
    await expect(page.getByRole('group', { name: 'Reading mode' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Show translation' })).toHaveCount(0);
    await openPage(page, '/en/');
    const teaser = page.getByRole('article').filter({ has: page.getByRole('link', { name: HEADLINE }) });
    await expect(teaser).toContainText('Dispatch · In French');
  });

  test('has no notice in French, where it is the original', async ({ page, reader }) => {
    await openPage(page, '/fr/articles/depeche-francaise-seule');
    await expect(reader.headline()).toHaveText(HEADLINE);
    await expect(page.getByText('Cet article n’existe qu’en français.')).toHaveCount(0);
    await expect(reader.languageLink('English')).toContainText('(non traduit)');
  });

  test('is in the English feed in French, marked as such, and its item opens it', async ({ page, request, reader }) => {
    const xml = await (await request.get('/en/feed.xml')).text();
    const item = parseFeed(xml).items.find((entry) => entry.title === HEADLINE);
    expect(item?.categories.map((category) => category.label)).toEqual(['In French']);
    expect(item?.url).toBe(`${SITE}/en/articles/depeche-francaise-seule`);
    await openPage(page, item?.url?.slice(SITE.length) ?? '');
    await expect(reader.headline()).toHaveText(HEADLINE);
    await expect(page.getByRole('article')).toHaveAttribute('lang', 'fr');
  });

  test('no editor linked it, yet it leads somewhere from its first build: the story that shares its topic', async ({
    page,
    reader,
  }) => {
    for (const [lang, label, slug] of [
      ['fr', 'Sur le même sujet', 'texte-hostile'],
      ['en', 'Related stories', 'hostile-text'],
    ] as const) {
      await openPage(page, `/${lang}/articles/depeche-francaise-seule`);
      const links = reader.related(label).getByRole('link');
      await expect(links).toHaveCount(1);
      await links.first().click();
      await expect(page).toHaveURL(`/${lang}/articles/${slug}`);
    }
  });
});
