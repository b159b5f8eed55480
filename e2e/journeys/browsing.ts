import type { Driver, Key } from '../engines/driver.ts';
import { APP_READY, appHoldsPage } from '../../src/shared/documentState.ts';

// What a journey does with a page, in any engine: find an element by CSS and, where it helps, by
// the name a reader sees; click it where it is, tab to it, read it. Everything here is page script
// run through the driver, so that the three engines are asked exactly the same thing.

/** An element: the first match of `css` whose accessible name (aria-label, else text) is `name`, when given. */
export type Target = { css: string; name?: string | RegExp };

type Found = { x: number; y: number } | null;

/** In the page: finds the target, brings it into view if it is not, and says where the middle of its first line is. */
function locate({ css, name, flags }: { css: string; name?: string; flags?: string }): Found {
  const matches = [...document.querySelectorAll<HTMLElement>(css)].filter((element) => {
    if (name === undefined) return true;
    const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ');
    return flags === undefined ? label === name : new RegExp(name, flags).test(label);
  });
  const element = matches.find((candidate) => candidate.getClientRects().length > 0);
  if (!element) return null;
  // A link that wraps has a box per line, and the middle of their union may fall between them.
  const firstLine = () => element.getClientRects()[0]!;
  let box = firstLine();
  if (box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth) {
    element.scrollIntoView({ block: 'center' });
    box = firstLine();
  }
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** In the page: whether the focused element is the target. */
function isFocused({ css, name, flags }: { css: string; name?: string; flags?: string }): boolean {
  const active = document.activeElement as HTMLElement | null;
  if (!active || !active.matches(css)) return false;
  if (name === undefined) return true;
  const label = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().replace(/\s+/g, ' ');
  return flags === undefined ? label === name : new RegExp(name, flags).test(label);
}

function serialise({ css, name }: Target): { css: string; name?: string; flags?: string } {
  if (name instanceof RegExp) return { css, name: name.source, flags: name.flags };
  return name === undefined ? { css } : { css, name };
}

const describe = ({ css, name }: Target) => (name === undefined ? css : `${css} named ${String(name)}`);

export class Browsing {
  constructor(
    readonly driver: Driver,
    /** How long a reader may wait for what should come (scaled with the machine, see e2e/patience.ts). */
    readonly patience: number,
  ) {}

  get engine() {
    return this.driver.engine;
  }

  /** Polls `fn` in the page until it returns a truthy value, for as long as the reader's patience. */
  async until<A, R>(fn: (arg: A) => R | Promise<R>, arg: A, what: string): Promise<R> {
    const deadline = Date.now() + this.patience;
    let failure = '';
    for (;;) {
      const value = await this.driver.evaluate(fn, arg).catch((error: unknown) => {
        failure = ` (last try: ${error instanceof Error ? error.message : String(error)})`;
        return undefined;
      });
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`waited ${this.patience} ms for ${what}${failure}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Opens `path` as a fresh document and waits until the app holds the page (src/app/LangLayout.tsx marks it). */
  async open(path: string) {
    await this.driver.open(path);
    await this.appHolds();
  }

  async reload() {
    await this.driver.reload();
    await this.appHolds();
  }

  async appHolds() {
    await this.until(appHoldsPage, APP_READY, 'the app to hold the page');
  }

  /** Clicks the target where it is (scrolled into view first only if it is out of it), once it is there. */
  async click(target: Target) {
    const point = await this.until(locate, serialise(target), describe(target));
    if (point) await this.driver.clickAt(point.x, point.y);
  }

  /** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard reader gets there. */
  async tabTo(target: Target, key: Extract<Key, 'Tab' | 'Shift+Tab'> = 'Tab', limit = 30) {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await this.driver.evaluate(isFocused, serialise(target))) return;
      await this.driver.press(key);
    }
    throw new Error(`${limit} presses of ${key} never reached ${describe(target)}`);
  }

  /** A step back in the tab's history, as the browser's Back button takes it. */
  back() {
    return this.driver.back();
  }

  press(key: Key) {
    return this.driver.press(key);
  }

  type(text: string) {
    return this.driver.type(text);
  }

  /** The text of every element matching `css`, trimmed. */
  texts(css: string): Promise<string[]> {
    return this.driver.evaluate(
      (selector) => [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? ''),
      css,
    );
  }

  async text(css: string): Promise<string> {
    return (await this.texts(css))[0] ?? '';
  }

  attribute(css: string, name: string): Promise<string | null> {
    return this.driver.evaluate(
      ([selector, attribute]) => document.querySelector(selector)?.getAttribute(attribute) ?? null,
      [css, name] as const,
    );
  }

  path(): Promise<string> {
    return this.driver.evaluate(() => location.pathname + location.search, null);
  }

  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.driver.evaluate(fn, arg);
  }

  /** Marks the current document, so that a journey can tell a client-side navigation from a page load. */
  markDocument() {
    return this.driver.evaluate(() => void Object.assign(window, { kiosqueMarker: true }), null);
  }

  documentIsMarked() {
    return this.driver.evaluate(() => 'kiosqueMarker' in window, null);
  }

  /** Waits until the service worker controls the page: the edition is saved for offline reading. */
  async serviceWorkerControls() {
    await this.until(() => navigator.serviceWorker.controller !== null, null, 'the service worker to control the page');
  }
}
