import { expect, openPage, test } from '../fixtures.ts';

// A generated edition of 45 stories, pages of 20 cut from the oldest: the first page holds the 25 newest, page 2 the
// 20 oldest.

const headline = (n: number) => `Dépêche synthétique n° ${n}`;

test.describe('a long front page is paginated', () => {
  test('the newest stories first, then older ones, followed client-side and back', async ({ page, reader }) => {
    await openPage(page, '/fr/');
    const stories = page.getByRole('heading', { level: 2 });
    await expect(stories).toHaveCount(25);
    await expect(stories.first()).toHaveText(headline(1));
    await expect(stories.last()).toHaveText(headline(25));
    const pages = page.getByRole('navigation', { name: 'Pages de la une' });
    await expect(pages.getByRole('link', { name: 'Articles plus récents' })).toHaveCount(0);
    await expect(pages).not.toContainText('Page');
    const topics = page.getByRole('navigation', { name: 'Tous les sujets' });
    await expect(topics).toBeVisible();

    const documents = reader.countDocumentRequests();
    await pages.getByRole('link', { name: 'Articles plus anciens' }).click();
    await expect(page).toHaveURL('/fr/?page=2');
    await expect(stories).toHaveCount(20);
    await expect(stories.first()).toHaveText(headline(26));
    await expect(stories.last()).toHaveText(headline(45));
    await expect(page).toHaveTitle('À la une, Page 2 — Kiosque');
    // The row of topics is the first page's: ordered by their stories, it would change every page at each publish.
    await expect(topics).toHaveCount(0);
    await expect(pages).toContainText('Page 2');
    await expect(pages.getByRole('link', { name: 'Articles plus anciens' })).toHaveCount(0);

    await pages.getByRole('link', { name: 'Articles plus récents' }).click();
    await expect(page).toHaveURL('/fr/');
    await expect(stories.first()).toHaveText(headline(1));
    await page.goBack();
    await expect(page).toHaveURL('/fr/?page=2');
    await expect(stories.first()).toHaveText(headline(26));
    expect(documents.count).toBe(0);
  });

  test('a later page works on reload, and the language switch keeps the page', async ({ page, reader }) => {
    await openPage(page, '/fr/?page=2');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(20);
    await reader.languageLink('English').click();
    await expect(page).toHaveURL('/en/?page=2');
    const pages = page.getByRole('navigation', { name: 'Front page pages' });
    await expect(pages).toContainText('Page 2');
    await expect(pages.getByRole('link', { name: 'Newer stories' })).toHaveAttribute('href', '/en/');
  });

  test('a later page opened from a link never shows the first page’s stories, even for a moment', async ({
    page,
    reader,
  }) => {
    // Sample, at every frame from the first, the first story the page lets the reader see.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { kiosqueSeen: seen });
      const sample = () => {
        const main = document.querySelector('main');
        if (main && getComputedStyle(main).visibility === 'visible')
          seen.push(main.querySelector('h2')?.textContent ?? '');
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await openPage(page, '/fr/?page=2&utm_source=newsletter');
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(headline(26));
    await reader.nextFrames();
    const seen = await page.evaluate(() => (window as unknown as { kiosqueSeen: string[] }).kiosqueSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([headline(26)]));
  });
});
