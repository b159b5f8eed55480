import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { siteOrigin } from '../src/shared/site.ts';
import { appTakesOver } from '../scripts/appTakesOver.ts';

export { expect };

type Fixtures = {
  /** Console errors a test expects (a 404 it provokes, a request it aborts); any other fails the test. */
  allowedConsoleErrors: RegExp[];
  failOnConsoleErrors: void;
  failOnPolicyViolations: void;
  /** Whether a document navigation waits for the app to take the page over (off where the test blocks it). */
  waitForApp: boolean;
  reader: Reader;
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      await use();
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  // Behind the production server a strict Content-Security-Policy applies: any violation (an inline
  // script or style it did not allow, a foreign origin) fails the test that caused it.
  failOnPolicyViolations: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        const violations: string[] = [];
        Object.assign(window, { kiosqueViolations: violations });
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`),
        );
      });
      const seen: string[] = [];
      const collect = async () => {
        const found = await page
          .evaluate(() => (window as unknown as { kiosqueViolations?: string[] }).kiosqueViolations ?? [])
          .catch(() => []);
        seen.push(...found);
      };
      // Each document's own list is read at the end; violations in documents left earlier reach
      // the console, which Chromium writes them to.
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
      });
      await use();
      await collect();
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  // Each document navigation waits for the app to hold the page (see appTakesOver).
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, use) => {
    if (waitForApp) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await appTakesOver(page);
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await appTakesOver(page);
        return response;
      };
    }
    await use(page);
  },
  reader: async ({ page }, use) => {
    await use(new Reader(page));
  },
});

/** How far (px) an element may be from where a test expects it: sub-pixel layout and rounding, never a real move. */
/**
 * Opens `url` in a browser that runs no script, as a crawler or a reader with JavaScript turned off
 * has it (the suite's own context runs the fixtures' scripts), and closes it after `check`.
 */
export async function withoutScripts(browser: Browser, url: string, check: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await check(page);
  } finally {
    await context.close();
  }
}

export const PLACE_TOLERANCE = 2;

/**
 * The value for `test.use({ allowedConsoleErrors })` when several kinds are expected. (An array of
 * two is read by Playwright as a value and its options, so the patterns travel as one.)
 */
export function consoleErrors(...patterns: RegExp[]): RegExp[] {
  return [new RegExp(patterns.map((pattern) => pattern.source).join('|'))];
}

/** Holds every request matching `url` until the test lets it through, as a network that takes seconds would; returns the release. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

export const NOT_FOUND_RESOURCE = /Failed to load resource: the server responded with a status of 404/;
export const FAILED_RESOURCE = /Failed to load resource: net::ERR_FAILED/;

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
    if (!(await settings.evaluate((details: HTMLDetailsElement) => details.open))) await settings.locator('summary').click();
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
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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

  /** The first body paragraph visible below the sticky masthead, and where its top edge is relative to the masthead's bottom. */
  async paragraphAtTop(): Promise<{ id: string; top: number } | undefined> {
    return this.page.evaluate(() => {
      const line = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      const paragraphs = [...document.querySelectorAll<HTMLElement>('article p[id^="p"]')];
      const first = paragraphs.find((paragraph) => paragraph.getBoundingClientRect().bottom > line);
      return first ? { id: first.id, top: first.getBoundingClientRect().top - line } : undefined;
    });
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

type Version = { slug: string; headline: string; standfirst?: string; blocks: { id: string; type: string; text: string }[] };

/** The committed content, read as the editors wrote it. */
export function story(id: string, lang: 'fr' | 'en'): Version {
  return JSON.parse(readFileSync(new URL(`../content/articles/${id}/${lang}.json`, import.meta.url), 'utf8')) as Version;
}

type Meta = { id: string; originalLanguage: 'fr' | 'en'; kind: 'dispatch' | 'explainer'; topics: string[]; related: string[] };

const articlesDir = new URL('../content/articles/', import.meta.url);

function meta(id: string): Meta {
  return JSON.parse(readFileSync(new URL(`${id}/meta.json`, articlesDir), 'utf8')) as Meta;
}

export function relatedIds(id: string): string[] {
  return meta(id).related;
}

/**
 * Every story of the published edition, as the editors left it: tests of the real edition work
 * from this and from the lead, never from a count typed by hand.
 */
export function editionStories(): (Meta & { languages: ('fr' | 'en')[] })[] {
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const files = readdirSync(new URL(`${entry.name}/`, articlesDir));
      return { ...meta(entry.name), languages: (['fr', 'en'] as const).filter((lang) => files.includes(`${lang}.json`)) };
    });
}

/** Every word the edition's stories say, in every version, lower-cased: what a test looks a word up in. */
export function editionWords(): Set<string> {
  const texts = editionStories().flatMap(({ id, languages }) =>
    languages.flatMap((lang) => {
      const { headline, standfirst = '', blocks } = story(id, lang);
      return [headline, standfirst, ...blocks.map((block) => block.text)];
    }),
  );
  return new Set(
    texts
      .join(' ')
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
}

export const LEAD_ID = (JSON.parse(readFileSync(new URL('../content/edition.json', import.meta.url), 'utf8')) as { lead: string }).lead;

/** The headline a reader of `lang` sees for a story: its version in that language, else the original. */
export function headlineIn(id: string, lang: 'fr' | 'en'): string {
  const { originalLanguage } = meta(id);
  const files = readdirSync(new URL(`${id}/`, articlesDir));
  return story(id, files.includes(`${lang}.json`) ? lang : originalLanguage).headline;
}

export type Topic = { id: string; names: Record<'fr' | 'en', string>; slugs: Record<'fr' | 'en', string> };

/** The topics a story is filed under, as content/topics.json names them, in the story's order. */
export function topicsOf(id: string): Topic[] {
  const topics = JSON.parse(readFileSync(new URL('../content/topics.json', import.meta.url), 'utf8')) as Topic[];
  return meta(id).topics.map((topicId) => {
    const topic = topics.find((candidate) => candidate.id === topicId);
    if (!topic) throw new Error(`unknown topic ${topicId}`);
    return topic;
  });
}

/** The origin the build names in canonical URLs and shares (KIOSQUE_SITE_URL, by default `npm start`'s address). */
export const SITE = siteOrigin(process.env.KIOSQUE_SITE_URL);

export const SEED_ID = 'ministre-interieur-examine-homologue-finlandais-moyens-renforcer';
export const READ_ALSO_ID = 'relations-culturelles-rabat-caire-ancrees-histoire';
export const SEED_TEXT = readFileSync(new URL('../content/wire/000_1a30d88766c2ef44.txt', import.meta.url), 'utf8');
