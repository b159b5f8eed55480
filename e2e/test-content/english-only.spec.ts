import { expect, openPage, test } from '../fixtures.ts';
import { afterFirstSearch, results } from '../searchPage.ts';
import { installSpeechStandIn, speech } from '../speechStandIn.ts';

// An English-only dispatch: French pages show it in English, and the French search index holds its
// English words. Those words must not hide the stories whose English version alone has them.

const HEADLINE = 'English-only dispatch';

test.describe('an imported dispatch with no French version', () => {
  test('stands on the French front page in English, its kicker saying so', async ({ page }) => {
    await openPage(page, '/fr/');
    const teaser = page.getByRole('article').filter({ has: page.getByRole('link', { name: HEADLINE }) });
    await expect(teaser.getByRole('heading', { name: HEADLINE })).toHaveAttribute('lang', 'en');
    await expect(teaser).toContainText('En anglais');
  });

  test('an English word it shares, searched from a French page, also finds the story whose English version says it', async ({
    page,
  }) => {
    // "trapped" is in this dispatch and in the hostile text's English version, not in its French one.
    await openPage(page, '/fr/recherche?q=trapped');
    await afterFirstSearch(results(page)).toHaveCount(2);
    const links = await results(page)
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.sort()).toEqual(['/fr/articles/english-only-dispatch', '/fr/articles/texte-hostile']);
    await expect(results(page).filter({ hasText: 'Trouvé dans la version anglaise' })).toHaveCount(1);
  });

  test('is read aloud from a French page in English, with an English voice', async ({ page }) => {
    await installSpeechStandIn(page);
    await openPage(page, '/fr/articles/english-only-dispatch');
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    await expect.poll(() => speech(page).speaking()).toBe(HEADLINE);
    expect((await speech(page).spoken()).at(-1)).toMatchObject({ lang: 'en-GB', voice: 'English (Great Britain)' });
    // The controls speak the page's language; the text read is the story's.
    await expect(page.getByRole('toolbar', { name: 'Écoute de l’article' })).toContainText('Titre');
  });
});
