import puppeteer, { type Browser, type BrowserContext, type KeyInput, type Page } from 'puppeteer-core';
import { FIREFOX } from './installed.ts';
import { callExpression, watchForProblems, type EngineDriver, type Key, type Problem } from './driver.ts';

// Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi: Playwright 1.65 cannot
// drive this Firefox, and puppeteer-core needs no driver binary of its own (geckodriver is not in
// Debian). A browser per worker, a fresh user context (profile) per journey.

/**
 * How Firefox reports a service worker's fetch that failed, which BiDi passes on as a script error.
 * With no network and nothing saved, that is the network's answer, not a script's: it is ignored
 * while the journey is offline, and only then.
 */
const FAILED_LOAD =
  /^Failed to load ‘[^’]+’\. A ServiceWorker passed a promise to FetchEvent\.respondWith\(\) that rejected/;

export async function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX, headless: true });
}

export async function firefoxDriver(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number },
): Promise<EngineDriver> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(watchForProblems);
  return new FirefoxDriver(context, page, baseURL);
}

class FirefoxDriver implements EngineDriver {
  readonly engine = 'firefox';
  readonly reportsOffline = true;
  #seen: Problem[] = [];
  #offline = false;

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseURL: string,
  ) {
    page.on('pageerror', (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      if (!(this.#offline && FAILED_LOAD.test(text))) this.#seen.push({ kind: 'error', text });
    });
  }

  async open(path: string) {
    await this.page.goto(new URL(path, this.baseURL).href);
  }

  async reload() {
    await this.page.reload();
  }

  async clickAt(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }

  async press(key: Key) {
    if (key === 'Shift+Tab') {
      await this.page.keyboard.down('Shift');
      await this.page.keyboard.press('Tab');
      await this.page.keyboard.up('Shift');
    } else await this.page.keyboard.press(key === 'Space' ? ' ' : (key as KeyInput));
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  async evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return (await this.page.evaluate(callExpression(fn, arg))) as R;
  }

  async setOffline(offline: boolean) {
    this.#offline = offline;
    await this.page.setOfflineMode(offline);
  }

  reportedErrors() {
    return this.#seen;
  }

  async close() {
    await this.context.close();
  }
}
