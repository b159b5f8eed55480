import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { suiteChromiumLaunchOptions } from '../../scripts/chromium.ts';
import { callExpression, watchForProblems, type EngineDriver, type Key, type Problem } from './driver.ts';

// Chromium through Playwright, which the rest of the suite uses: a browser per worker, a fresh
// context (profile) per journey.

const KEYS: Record<Key, string> = { Tab: 'Tab', 'Shift+Tab': 'Shift+Tab', Enter: 'Enter', Space: ' ' };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(suiteChromiumLaunchOptions());
}

export async function chromiumDriver(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number },
): Promise<EngineDriver> {
  // Explicitly: the test runner's defaults (playwright.config.ts) block service workers.
  const context = await browser.newContext({ baseURL, viewport, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.addInitScript(watchForProblems);
  return new ChromiumDriver(context, page);
}

class ChromiumDriver implements EngineDriver {
  readonly engine = 'chromium';
  readonly reportsOffline = true;
  #seen: Problem[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('pageerror', (error) => this.#seen.push({ kind: 'error', text: `${error.name}: ${error.message}` }));
  }

  async open(path: string) {
    await this.page.goto(path);
  }

  async reload() {
    await this.page.reload();
  }

  async clickAt(x: number, y: number) {
    await this.page.mouse.click(x, y);
  }

  async press(key: Key) {
    await this.page.keyboard.press(KEYS[key]);
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  async evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return (await this.page.evaluate(callExpression(fn, arg))) as R;
  }

  async setOffline(offline: boolean) {
    await this.context.setOffline(offline);
  }

  reportedErrors() {
    return this.#seen;
  }

  async close() {
    await this.context.close();
  }
}
