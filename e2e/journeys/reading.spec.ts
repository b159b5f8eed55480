import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { articlePath, headlineIn, LEAD_ID, READ_ALSO_ID, SEED_ID, SEED_TEXT, story } from '../edition.ts';
import { PLACE_TOLERANCE } from '../reader.ts';
import type { Browsing } from './browsing.ts';
import { expect, test } from './fixtures.ts';

// The reader's core journeys, written once against the thin driver (e2e/engines/driver.ts) and run
// in Chromium, Firefox and WebKit through the production server (playwright.config.ts, the
// journeys-* projects). Each reads the published edition by its properties: the lead, the seed and
// the story it reads also, whatever else the edition holds.

const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];
const strings = { fr, en } as const;

const headline = (browsing: Browsing) => browsing.text('main h1');
const paragraphs = (browsing: Browsing) => browsing.texts('article p[id^="p"]');
const paragraphText = (lang: Lang, id: string) => story(SEED_ID, lang).blocks.find((block) => block.id === id)!.text;

/** The masthead's link to the other language. */
const languageLink = (lang: Lang) => ({ css: `header nav a[hreflang="${lang}"]` });

test.describe('the reader’s journeys', () => {
  for (const lang of LANGS) {
    test(`${lang}: the front page opens the lead client-side, and Back returns to it`, async ({ browsing }) => {
      await browsing.open(`/${lang}/`);
      expect(await headline(browsing)).toBe(strings[lang].front.heading);
      await browsing.markDocument();
      await browsing.click({ css: `main a[href="${articlePath(LEAD_ID, lang)}"]` });
      await expect.poll(() => headline(browsing)).toBe(headlineIn(LEAD_ID, lang));
      expect(await browsing.path()).toBe(articlePath(LEAD_ID, lang));
      await browsing.back();
      await expect.poll(() => headline(browsing)).toBe(strings[lang].front.heading);
      expect(await browsing.documentIsMarked()).toBe(true);
    });
  }

  test('the seed dispatch reads verbatim', async ({ browsing }) => {
    await browsing.open(articlePath(SEED_ID, 'fr'));
    const [title, ...lines] = SEED_TEXT.split('\n').filter((line) => line.trim() !== '');
    expect(await headline(browsing)).toBe(title);
    expect(await paragraphs(browsing)).toEqual(lines.filter((line) => !line.startsWith('>>')));
    const readAlso = lines.find((line) => line.startsWith('>>Lire aussi :'))!.replace('>>Lire aussi : ', '');
    expect(await browsing.text('article aside a')).toBe(readAlso);
  });

  /** Scrolls paragraph `id` to just under the sticky masthead, a few pixels into its first line. */
  const scrollToReadingLine = (browsing: Browsing, id: string) =>
    browsing.evaluate((paragraph) => {
      const line = document.querySelector('header')!.getBoundingClientRect().bottom;
      window.scrollBy(0, document.getElementById(paragraph)!.getBoundingClientRect().top - line + 10);
    }, id);

  /** The first paragraph below the masthead, and where its top is relative to the masthead's bottom (px). */
  const atReadingLine = (browsing: Browsing) =>
    browsing.evaluate(() => {
      const line = document.querySelector('header')!.getBoundingClientRect().bottom;
      const first = [...document.querySelectorAll('article p[id^="p"]')].find(
        (paragraph) => paragraph.getBoundingClientRect().bottom > line,
      );
      return first ? { id: first.id, top: first.getBoundingClientRect().top - line } : null;
    }, null);

  /** Switches language with `act` and checks the paragraph at the reading line stayed where it was. */
  async function switchKeepsPlace(browsing: Browsing, to: Lang, act: () => Promise<void>) {
    const before = await atReadingLine(browsing);
    await act();
    await expect.poll(() => headline(browsing)).toBe(story(SEED_ID, to).headline);
    const after = await atReadingLine(browsing);
    expect(after?.id).toBe(before?.id);
    expect(Math.abs(after!.top - before!.top)).toBeLessThanOrEqual(PLACE_TOLERANCE);
  }

  test('switching language keeps the paragraph at the reading line, by keyboard and by mouse', async ({ browsing }) => {
    await browsing.open(articlePath(SEED_ID, 'fr'));
    await scrollToReadingLine(browsing, 'p4');
    // From the top of the document, as a keyboard reader starts: the switch is a few Tabs in.
    await switchKeepsPlace(browsing, 'en', async () => {
      await browsing.tabTo(languageLink('en'));
      await browsing.press('Enter');
    });

    await scrollToReadingLine(browsing, 'p3');
    await switchKeepsPlace(browsing, 'fr', () => browsing.click(languageLink('fr')));
  });

  test('side by side shows the translation beside each paragraph; show translation opens one under its paragraph', async ({
    browsing,
  }) => {
    await browsing.open(articlePath(SEED_ID, 'fr'));
    await browsing.click({ css: '[role="group"] button', name: fr.reading.sideBySide });
    await expect
      .poll(() => browsing.text(`[role="group"][aria-label="${fr.reading.mode}"] [aria-pressed="true"]`))
      .toBe(fr.reading.sideBySide);
    const english = story(SEED_ID, 'en').blocks.filter((block) => block.type === 'paragraph');
    await expect
      .poll(() => browsing.texts('[data-block^="p"] p[lang="en"]'))
      .toEqual(english.map((block) => block.text));
    // Beside, not under: on a wide screen each translation starts level with its paragraph, to its right.
    expect(
      await browsing.evaluate(() => {
        const [original, translation] = ['#p1', '[data-block="p1"] p[lang="en"]'].map((css) =>
          document.querySelector(css)!.getBoundingClientRect(),
        );
        return Math.abs(original!.top - translation!.top) <= 2 && translation!.left > original!.right;
      }, null),
    ).toBe(true);
    await browsing.click({ css: '[role="group"] button', name: fr.reading.single });
    await expect.poll(() => browsing.texts('[data-block="p1"] p[lang="en"]')).toEqual([]);

    await browsing.click({ css: '[data-block="p2"] button', name: fr.reading.showTranslation });
    await expect.poll(() => browsing.text('#p2-translation')).toBe(paragraphText('en', 'p2'));
    expect(await browsing.attribute('[data-block="p2"] button', 'aria-expanded')).toBe('true');
  });

  for (const lang of LANGS) {
    test(`${lang}: a link shared with tracking parameters opens the prerendered story, and the app takes it over`, async ({
      browsing,
      request,
    }) => {
      const address = `${articlePath(SEED_ID, lang)}?utm_source=newsletter&utm_medium=email&fbclid=kiosque`;
      await browsing.open(address);
      expect(await headline(browsing)).toBe(story(SEED_ID, lang).headline);
      expect(await browsing.path()).toBe(address);
      // The server answers this address with the story's own page, not the empty shell (asked from
      // outside the page, where no service worker answers instead).
      expect(await (await request.get(address)).text()).toContain(story(SEED_ID, lang).blocks[0]!.text.slice(0, 60));
      // And the app holds it: the read-also link opens client-side.
      await browsing.markDocument();
      await browsing.click({ css: 'article aside a' });
      await expect.poll(() => headline(browsing)).toBe(headlineIn(READ_ALSO_ID, lang));
      expect(await browsing.documentIsMarked()).toBe(true);
    });
  }
});
