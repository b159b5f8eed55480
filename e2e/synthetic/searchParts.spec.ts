import { syntheticName } from '../../scripts/bench/syntheticEdition.ts';
import { expect, openPage, test } from '../fixtures.ts';
import { afterFirstSearch, result, results } from '../searchPage.ts';

// The generated edition of 45 stories, its search index cut into parts of 16 and 4 (see the
// synthetic server in playwright.config.ts): stories 45 to 30 are the oldest part, 29 to 14 the
// next, then parts of four, and story 1 the newest part alone. The browser merges every part.

const headline = { fr: (n: number) => `Dépêche synthétique n° ${n}`, en: (n: number) => `Synthetic dispatch no. ${n}` };

test.describe('search over an index in parts', () => {
  test('the index is in several parts, in each language', async ({ request }) => {
    for (const lang of ['fr', 'en']) {
      const parts = (await (await request.get(`/pagefind/${lang}/parts.json`)).json()) as unknown[];
      expect(parts.length, lang).toBeGreaterThanOrEqual(6);
    }
  });

  // Two-digit numbers make four-letter names that no other story's name begins with.
  for (const n of [45, 20, 12]) {
    test(`a name is found in its part, whichever it is: story ${n}`, async ({ page }) => {
      await openPage(page, `/fr/recherche?q=${syntheticName(n)}`);
      await afterFirstSearch(result(page, headline.fr(n))).toBeVisible();
      await expect(results(page)).toHaveCount(1);
    });
  }

  // The page shows the 20 most relevant of 45: the 13 stories of the newest parts cannot fill it,
  // so at least seven come from the parts of 16.
  test('a word in every story is ranked over every part, in both languages', async ({ page }) => {
    for (const [lang, address, more] of [
      ['fr', '/fr/recherche?q=synthétique', 'Les 20 plus pertinents'],
      ['en', '/en/search?q=synthetic', 'The 20 most relevant'],
    ] as const) {
      await openPage(page, address);
      await afterFirstSearch(page.getByRole('main')).toContainText(more);
      const shown = (await results(page).getByRole('heading', { level: 2 }).allTextContents()).map((text) =>
        Number(/\d+$/.exec(text)?.[0]),
      );
      expect(new Set(shown).size, lang).toBe(20);
      expect(shown.filter((n) => n >= 14).length, lang).toBeGreaterThanOrEqual(7);
      expect(
        shown.every((n) => n >= 1 && n <= 45),
        lang,
      ).toBe(true);
    }
  });
});
