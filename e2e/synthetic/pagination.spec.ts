import { expect, openPage, test } from '../fixtures.ts';

// A generated edition of 45 stories: the front page shows 20 a page.

const headline = (n: number) => `Dépêche synthétique n° ${n}`;

test.describe('a long front page is paginated', () => {
  test('pages of 20 stories, in order, followed client-side and back', async ({ page, reader }) => {
    await openPage(page, '/fr/');
    const stories = page.getByRole('heading', { level: 2 });
    await expect(stories).toHaveCount(20);
    await expect(stories.first()).toHaveText(headline(1));
    const pages = page.getByRole('navigation', { name: 'Pages de la une' });
    await expect(pages).toContainText('Page 1 sur 3');
    await expect(pages.getByRole('link', { name: 'Page précédente' })).toHaveCount(0);

    const documents = reader.countDocumentRequests();
    await pages.getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL('/fr/?page=2');
    await expect(stories).toHaveCount(20);
    await expect(page).toHaveTitle('À la une, Page 2 sur 3 — Kiosque');
    await pages.getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL('/fr/?page=3');
    await expect(stories).toHaveCount(5);
    await expect(pages.getByRole('link', { name: 'Page suivante' })).toHaveCount(0);

    await page.goBack();
    await expect(page).toHaveURL('/fr/?page=2');
    await expect(pages).toContainText('Page 2 sur 3');
    expect(documents.count).toBe(0);
  });

  test('a later page works on reload, and the language switch keeps the page', async ({ page, reader }) => {
    await openPage(page, '/fr/?page=3');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
    await reader.languageLink('English').click();
    await expect(page).toHaveURL('/en/?page=3');
    await expect(page.getByRole('navigation', { name: 'Front page pages' })).toContainText('Page 3 of 3');
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
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(headline(21));
    await reader.nextFrames();
    const seen = await page.evaluate(() => (window as unknown as { kiosqueSeen: string[] }).kiosqueSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([headline(21)]));
  });
});
