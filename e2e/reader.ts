import type { Locator, Page } from '@playwright/test';

// The page object: what a reader sees and does on a Kiosque page, by role and name.

export const PLACE_TOLERANCE = 2;

/** The reader's view of any Kiosque page, through roles and names. */
export class Reader {
  constructor(readonly page: Page) {}

  headline() {
    return this.page.getByRole('heading', { level: 1 });
  }

  languageSwitch() {
    return this.page.getByRole('navigation', { name: /^(Langue|Language)$/ });
  }

  /** A language link; its name may go on with a note such as "(not translated)". */
  languageLink(name: 'Français' | 'English') {
    return this.languageSwitch().getByRole('link', { name: new RegExp(`^${name}( |$)`) });
  }

  bodyParagraphs() {
    // Body paragraphs carry the block id shared by every language (p1, p2…).
    return this.page.locator('article p[id^="p"]');
  }

  readAlso(label: 'Lire aussi' | 'Read also') {
    return this.page.getByRole('complementary', { name: label });
  }

  related(name: 'Sur le même sujet' | 'Related stories') {
    return this.page.getByRole('region', { name });
  }

  /** The masthead's display settings (text size, theme), opened. */
  async openDisplaySettings() {
    const settings = this.page.getByRole('banner').locator('details');
    if (!(await settings.evaluate((details: HTMLDetailsElement) => details.open)))
      await settings.locator('summary').click();
  }

  /**
   * A block of the article as shown in `lang`: the paragraph (or read-also) with that block id, in
   * the page's language or beside it as its translation. Block ids are shared by every language.
   */
  block(id: string, lang: 'fr' | 'en', element: 'p' | 'aside' = 'p') {
    return this.page.locator(`[data-block="${id}"] ${element}[lang="${lang}"]`);
  }

  /** The block of the article with that id, whatever it holds (the paragraph, its translation, its toggle). */
  blockRow(id: string) {
    return this.page.locator(`[data-block="${id}"]`);
  }

  /** Resolves once the page has painted two more frames. */
  async nextFrames() {
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  }

  /**
   * Clicks a masthead link where it is, as a reader does. (Playwright's click first scrolls its
   * target into view, and for an element in a sticky header Chromium scrolls the page.)
   */
  async clickInPlace(locator: Locator) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('the element is not visible');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Presses Tab (or Shift+Tab, going back) until `locator` has focus, as a keyboard reader gets there. */
  async tabTo(locator: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 20) {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await locator.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(key);
    }
    throw new Error(`${limit} presses of Tab never reached the element`);
  }

  async scrollY() {
    return this.page.evaluate(() => window.scrollY);
  }

  readingMode(name: 'Une langue' | 'Côte à côte' | 'One language' | 'Side by side') {
    return this.page.getByRole('group', { name: /^(Mode de lecture|Reading mode)$/ }).getByRole('button', { name });
  }

  /**
   * The first body paragraph visible below the sticky masthead, and where its top edge is relative to the masthead's
   * bottom.
   */
  async paragraphAtTop(): Promise<{ id: string; top: number } | undefined> {
    return this.page.evaluate(() => {
      const line = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      const paragraphs = [...document.querySelectorAll<HTMLElement>('article p[id^="p"]')];
      const first = paragraphs.find((paragraph) => paragraph.getBoundingClientRect().bottom > line);
      return first ? { id: first.id, top: first.getBoundingClientRect().top - line } : undefined;
    });
  }

  /**
   * Scrolls paragraph `id` to the top of the window and `by` pixels past it, or its top edge to half
   * its height above the window's top ('halfway'), and says where it then is (paragraphAtTop).
   */
  async readingAt(id: string, by: number | 'halfway'): Promise<{ id: string; top: number } | undefined> {
    await this.page.locator(`#${id}`).evaluate((element, by) => {
      if (by !== 'halfway') {
        element.scrollIntoView();
        window.scrollBy(0, by);
      } else {
        const { top, height } = element.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + top + height / 2);
      }
    }, by);
    return this.paragraphAtTop();
  }

  /** The polite live region that says what page has just opened. */
  announcement() {
    return this.page.locator('[aria-live="polite"]');
  }

  async htmlLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** Marks the current document, so that a test can tell a client-side navigation from a reload. */
  async markDocument() {
    await this.page.evaluate(() => Object.assign(window, { kiosqueMarker: true }));
  }

  async documentIsMarked() {
    return this.page.evaluate(() => 'kiosqueMarker' in window);
  }

  /** Counts full document loads in the main frame from now on. */
  countDocumentRequests() {
    const counter = { count: 0 };
    this.page.on('request', (request) => {
      if (request.resourceType() === 'document' && request.frame() === this.page.mainFrame()) counter.count += 1;
    });
    return counter;
  }
}
