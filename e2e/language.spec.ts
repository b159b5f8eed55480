import { articlePath, SEED_ID, story } from './edition.ts';
import { expect, openPage, test } from './fixtures.ts';

const fr = story(SEED_ID, 'fr');
const en = story(SEED_ID, 'en');
const paragraphs = (version: typeof fr) =>
  version.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);

/**
 * Records, at every animation frame, what the page would paint: language, title, headline, first paragraph, interface
 * label.
 */
async function recordFrames(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    const frames: string[][] = [];
    Object.assign(window, { kiosqueFrames: frames });
    const sample = () => {
      frames.push([
        document.documentElement.lang,
        document.title,
        document.querySelector('h1')?.textContent ?? '',
        document.querySelector('article p[id="p1"]')?.textContent ?? '',
        document.querySelector('aside')?.getAttribute('aria-labelledby')
          ? (document.querySelector('aside p')?.textContent ?? '')
          : '',
      ]);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

async function recordedFrames(page: import('@playwright/test').Page): Promise<string[][]> {
  return page.evaluate(() => (window as unknown as { kiosqueFrames: string[][] }).kiosqueFrames);
}

test.describe('switching language', () => {
  test('FR → EN → FR changes URL, lang, title, headline and body together, without a reload', async ({
    page,
    reader,
  }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await expect(reader.headline()).toHaveText(fr.headline);
    await reader.markDocument();
    const documents = reader.countDocumentRequests();

    await reader.languageLink('English').click();
    await expect(page).toHaveURL(`/en/articles/${en.slug}`);
    await expect(reader.headline()).toHaveText(en.headline);
    expect(await reader.htmlLang()).toBe('en');
    await expect(page).toHaveTitle(`${en.headline} — Kiosque`);
    expect(await reader.bodyParagraphs().allTextContents()).toEqual(paragraphs(en));
    await expect(reader.readAlso('Read also')).toBeVisible();
    await expect(reader.languageSwitch()).toHaveAccessibleName('Language');

    await reader.languageLink('Français').click();
    await expect(page).toHaveURL(articlePath(SEED_ID, 'fr'));
    await expect(reader.headline()).toHaveText(fr.headline);
    expect(await reader.htmlLang()).toBe('fr');
    await expect(page).toHaveTitle(`${fr.headline} — Kiosque`);
    expect(await reader.bodyParagraphs().allTextContents()).toEqual(paragraphs(fr));

    expect(await reader.documentIsMarked()).toBe(true);
    expect(documents.count).toBe(0);
  });

  test('no painted frame mixes the two languages or shows a spinner', async ({ page, reader }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await expect(reader.headline()).toHaveText(fr.headline);
    await recordFrames(page);
    await reader.languageLink('English').click();
    await expect(reader.headline()).toHaveText(en.headline);
    await reader.nextFrames(); // let the frames after the switch be sampled too
    const frames = await recordedFrames(page);
    const french = ['fr', `${fr.headline} — Kiosque`, fr.headline, paragraphs(fr)[0], 'Lire aussi'];
    const english = ['en', `${en.headline} — Kiosque`, en.headline, paragraphs(en)[0], 'Read also'];
    const distinct = [...new Set(frames.map((frame) => JSON.stringify(frame)))];
    expect(distinct).toEqual([JSON.stringify(french), JSON.stringify(english)]);
  });

  test('the switch is a pair of links to the same page in each language, the current one marked', async ({
    page,
    reader,
  }) => {
    await openPage(page, `/en/articles/${en.slug}`);
    const english = reader.languageLink('English');
    const french = reader.languageLink('Français');
    await expect(english).toHaveAttribute('aria-current', 'page');
    await expect(french).not.toHaveAttribute('aria-current');
    await expect(french).toHaveAttribute('href', articlePath(SEED_ID, 'fr'));
    await expect(french).toHaveAttribute('hreflang', 'fr');
    await expect(french).toHaveAttribute('lang', 'fr');
    await expect(english).toHaveAttribute('hreflang', 'en');
    await expect(english).toHaveAttribute('lang', 'en');

    await openPage(page, '/fr/');
    await expect(reader.languageLink('English')).toHaveAttribute('href', '/en/');
  });

  test('the other language’s slug redirects, replacing the history entry', async ({ page, reader }) => {
    await openPage(page, '/en/');
    await openPage(page, `/en/articles/${story(SEED_ID, 'fr').slug}`);
    await expect(page).toHaveURL(`/en/articles/${en.slug}`);
    await expect(reader.headline()).toHaveText(en.headline);
    await page.goBack();
    await expect(page).toHaveURL('/en/');
  });

  test('the choice is remembered for the next visit to /', async ({ page, reader }) => {
    await openPage(page, '/fr/');
    await reader.languageLink('English').click();
    await expect(page).toHaveURL('/en/');
    await openPage(page, '/');
    await expect(page).toHaveURL('/en/');
  });
});

test.describe('/ for a French browser', () => {
  test.use({ locale: 'fr-FR' });
  test('goes to French and still switches when localStorage throws', async ({ page, reader }) => {
    await page.addInitScript(() => {
      const deny = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: deny });
    });
    await openPage(page, '/');
    await expect(page).toHaveURL('/fr/');
    await reader.languageLink('English').click();
    await expect(page).toHaveURL('/en/');
    await expect(reader.headline()).toHaveText('Top stories');
  });

  test('goes to the French front page', async ({ page, reader }) => {
    await openPage(page, '/');
    await expect(page).toHaveURL('/fr/');
    await expect(reader.headline()).toHaveText('À la une');
    expect(await reader.htmlLang()).toBe('fr');
  });
});

test.describe('/ for an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('goes to the English front page', async ({ page, reader }) => {
    await openPage(page, '/');
    await expect(page).toHaveURL('/en/');
    await expect(reader.headline()).toHaveText('Top stories');
    expect(await reader.htmlLang()).toBe('en');
  });
});

test.describe('/ for a browser in neither language', () => {
  test.use({ locale: 'de-DE' });
  test('goes to the French front page', async ({ page }) => {
    await openPage(page, '/');
    await expect(page).toHaveURL('/fr/');
  });
});
