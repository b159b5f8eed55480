import { editionWords, SEED_ID, SEED_TEXT, story } from './edition.ts';
import { expect, openPage, reloadPage, test } from './fixtures.ts';
import { afterFirstSearch, result, results, searchBox } from './searchPage.ts';

// Search, on the published edition. The seed dispatch stays verbatim, so its words are a stable
// property of every edition: it says "régularisation" (never the plural) and "coopération
// sécuritaire", and its English version says "Finnish counterpart".

test.describe('search', () => {
  const seedFr = story(SEED_ID, 'fr').headline;
  const seedEn = story(SEED_ID, 'en').headline;

  test('from the masthead, by keyboard: the results page has the query in its address and opens a result client-side', async ({
    page,
    reader,
  }) => {
    await openPage(page, '/fr/');
    await reader.markDocument();
    await reader.tabTo(searchBox(page, 'Rechercher dans Kiosque'));
    await page.keyboard.type('coopération sécuritaire');
    await page.keyboard.press('Enter');
    // The address changes once the results are in: the first search also starts the engine.
    await afterFirstSearch(page).toHaveURL('/fr/recherche?q=coop%C3%A9ration+s%C3%A9curitaire');
    await expect(reader.headline()).toHaveText('Résultats pour « coopération sécuritaire »');
    await expect(reader.headline()).toBeFocused();
    await expect(page).toHaveTitle('Résultats pour « coopération sécuritaire » — Kiosque');
    const seed = result(page, seedFr);
    await expect(seed.locator('mark').first()).toBeVisible();
    await expect(seed).toContainText('Dépêche');

    await seed.getByRole('link').click();
    await expect(reader.headline()).toHaveText(seedFr);
    expect(await reader.documentIsMarked()).toBe(true);

    await page.goBack();
    await expect(result(page, seedFr)).toBeVisible();
    await expect(searchBox(page, 'Rechercher dans Kiosque')).toHaveValue('coopération sécuritaire');
    await reloadPage(page);
    await afterFirstSearch(result(page, seedFr)).toBeVisible();
  });

  test('finds other forms of a word and words typed without accents', async ({ page }) => {
    expect(SEED_TEXT).toContain('régularisation');
    expect(SEED_TEXT).not.toContain('régularisations');
    await openPage(page, '/fr/recherche?q=r%C3%A9gularisations');
    await afterFirstSearch(result(page, seedFr).locator('mark')).toHaveText(['régularisation']);
    await openPage(page, '/fr/recherche?q=cooperation+securitaire');
    await afterFirstSearch(result(page, seedFr)).toBeVisible();
  });

  test('a query in the page’s language reads that language’s index alone', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await openPage(page, '/en/search?q=counterpart');
    await afterFirstSearch(result(page, seedEn).locator('mark').first()).toBeVisible();
    expect(fetched.filter((path) => path.startsWith('/pagefind/en/')).length).toBeGreaterThan(0);
    expect(fetched.filter((path) => path.startsWith('/pagefind/fr/'))).toEqual([]);
  });

  test('a query in the other language finds the story, shown in the page’s language', async ({ page, reader }) => {
    await openPage(page, '/fr/recherche?q=Finnish+counterpart');
    const seed = result(page, seedFr);
    await afterFirstSearch(seed).toContainText('Trouvé dans la version anglaise');
    await expect(seed.getByRole('link')).toHaveAttribute('href', `/fr/articles/${story(SEED_ID, 'fr').slug}`);

    await openPage(page, '/en/search?q=homologue');
    await afterFirstSearch(result(page, seedEn)).toContainText('Found in the French version');

    // The language switch keeps the query (and starts the other language's engine).
    await reader.languageLink('Français').click();
    await afterFirstSearch(page).toHaveURL('/fr/recherche?q=homologue');
    await expect(result(page, seedFr).locator('mark').first()).toBeVisible();
  });

  test('a word that is in no story finds nothing, not the stories with a word that begins like it', async ({
    page,
  }) => {
    // A capital the edition does not name today; the next that it does not, on the day it does.
    const words = editionWords();
    const absent = ['Helsinki', 'Reykjavik', 'Tallinn', 'Vilnius', 'Ljubljana'].find(
      (word) => !words.has(word.toLocaleLowerCase()),
    );
    if (!absent) throw new Error('every candidate word is in the edition: add one to this list');
    await openPage(page, `/fr/recherche?q=${absent}`);
    await afterFirstSearch(page.getByRole('main')).toContainText('Aucun article ne correspond');
    await expect(results(page)).toHaveCount(0);
  });

  test('an English word that begins like a French one still finds the English text', async ({ page }) => {
    // On a French page "Finnish" looks like "fin"; the dispatch's English version says "Finnish".
    await openPage(page, '/fr/recherche?q=Finnish');
    await afterFirstSearch(result(page, seedFr)).toContainText('Trouvé dans la version anglaise');
    await expect(results(page).locator('mark').filter({ hasText: /^fin$/i })).toHaveCount(0);
  });

  test('a search that finds nothing says so and leads back to the front page', async ({ page, reader }) => {
    await openPage(page, '/en/search?q=xylophonequartz');
    await afterFirstSearch(page.getByRole('main')).toContainText('No story matches “xylophonequartz”.');
    await expect(results(page)).toHaveCount(0);
    await page.getByRole('main').getByRole('link', { name: 'Front page' }).click();
    await expect(reader.headline()).toHaveText('Top stories');
  });

  test('the other language’s word for search leads to this language’s search page, query kept', async ({
    page,
    reader,
  }) => {
    await openPage(page, '/fr/search?q=coop%C3%A9ration');
    await afterFirstSearch(page).toHaveURL('/fr/recherche?q=coop%C3%A9ration');
    await expect(reader.headline()).toHaveText('Résultats pour « coopération »');
    await expect(result(page, seedFr)).toBeVisible();
  });

  test('the empty search page invites a query, and is not indexed', async ({ page }) => {
    await openPage(page, '/fr/recherche');
    await expect(page.getByRole('main')).toContainText('Cherchez un nom, un lieu ou un sujet');
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('an empty search from the masthead is announced by its invitation alone', async ({ page, reader }) => {
    await openPage(page, '/fr/');
    await searchBox(page, 'Rechercher dans Kiosque').press('Enter');
    await expect(reader.announcement()).toContainText('Cherchez un nom, un lieu ou un sujet');
    await expect(reader.announcement()).not.toContainText('Recherche en cours');
  });

  test('at 800 px, where the masthead takes two rows, a result reached by Shift+Tab is not under it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 450 });
    await openPage(page, '/fr/recherche?q=Rabat');
    const links = page.getByRole('main').getByRole('listitem').getByRole('link');
    await afterFirstSearch(links.first()).toBeVisible();
    expect(await links.count()).toBeGreaterThan(1);
    await links.last().focus();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    for (let press = 0; press < (await links.count()) - 1; press += 1) {
      await page.keyboard.press('Shift+Tab');
      const { top, mastheadBottom } = await page.evaluate(() => ({
        top: (document.activeElement as HTMLElement).getBoundingClientRect().top,
        mastheadBottom: (document.querySelector('header') as HTMLElement).getBoundingClientRect().bottom,
      }));
      expect(top, `focused link ${press + 1} from the end`).toBeGreaterThanOrEqual(mastheadBottom);
    }
  });

  for (const width of [375, 1280]) {
    test(`the masthead's search box shows its whole hint and, focused, is ringed whole (${width} px)`, async ({
      page,
      reader,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const [path, name] of [
        ['/fr/', 'Rechercher dans Kiosque'],
        ['/en/', 'Search Kiosque'],
      ] as const) {
        await openPage(page, path);
        const box = searchBox(page, name);
        // Focused (on a phone, the box then opens across the masthead).
        await reader.tabTo(box);
        // The hint, typed in as a value, overflows the box if the box cuts it.
        const overflow = await box.evaluate((input: HTMLInputElement) => {
          input.value = input.placeholder;
          const hidden = input.scrollWidth - input.clientWidth;
          input.value = '';
          return hidden;
        });
        expect(overflow, `pixels of the hint cut on ${path}`).toBeLessThanOrEqual(0);

        const form = page.getByRole('search', { name });
        await expect(form).toHaveCSS('outline-style', 'solid');
        await expect(box).toHaveCSS('outline-style', 'none');
      }
    });
  }
});

test.describe('a word in the French text', () => {
  test('“Finlande”, searched in French, finds the seed in its French text, the word marked, whatever else the story says', async ({
    page,
  }) => {
    const seed = story(SEED_ID, 'fr');
    await openPage(page, '/fr/recherche?q=Finlande');
    const found = result(page, seed.headline);
    await afterFirstSearch(found).toHaveCount(1);
    await expect(found.locator('mark')).toContainText(['Finlande']);
    await expect(found).not.toContainText('Trouvé dans la version anglaise');
  });
});
