import { expect, test } from '../fixtures.ts';

const HEADLINE = 'Dépêche française seule';
const PARAGRAPHS = ['Cette dépêche n’existe qu’en français.', 'Elle n’a pas encore été traduite.'];

test.describe('an imported dispatch with no English version', () => {
  test('appears on both front pages, in French', async ({ page }) => {
    await page.goto('/fr/');
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible();
    await page.goto('/en/');
    const link = page.getByRole('link', { name: HEADLINE });
    await expect(link).toBeVisible();
    await expect(page.getByRole('heading', { name: HEADLINE })).toHaveAttribute('lang', 'fr');
  });

  test('reads in French', async ({ page, reader }) => {
    await page.goto('/fr/articles/depeche-francaise-seule');
    await expect(reader.headline()).toHaveText(HEADLINE);
    expect(await reader.bodyParagraphs().allTextContents()).toEqual(PARAGRAPHS);
    await expect(page.getByText('Casablanca', { exact: true })).toBeVisible();
  });

  test('opens from the English edition without crashing, its text marked as French', async ({ page, reader }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: HEADLINE }).click();
    await expect(page).toHaveURL('/en/articles/depeche-francaise-seule');
    await expect(reader.headline()).toHaveText(HEADLINE);
    await expect(page.getByRole('article')).toHaveAttribute('lang', 'fr');
    expect(await reader.htmlLang()).toBe('en');
    expect(await reader.bodyParagraphs().allTextContents()).toEqual(PARAGRAPHS);
  });
});
