import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { appTakesOver } from '../scripts/appTakesOver.ts';
import { SERVICE_WORKER_INSTALLS } from './patience.ts';
import { Reader } from './reader.ts';

// The suite's fixtures: every test fails on a console error or a policy violation it did not
// expect, and a Reader drives the page. A test opens a page with openPage, which waits for the app
// to hold it, or with page.goto where it looks at the page before the app (or without it).

export { expect };

type Fixtures = {
  /** Console errors a test expects (a 404 it provokes, a request it aborts); any other fails the test. */
  allowedConsoleErrors: RegExp[];
  failOnConsoleErrors: void;
  failOnPolicyViolations: void;
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
  reader: async ({ page }, use) => {
    await use(new Reader(page));
  },
});

/** Loads `url` as a new document and waits until the app holds the page (see appTakesOver). */
export async function openPage(page: Page, url: string, options?: Parameters<Page['goto']>[1]) {
  const response = await page.goto(url, options);
  await appTakesOver(page);
  return response;
}

/**
 * Whether the text of the page (its page part, src/app/router.tsx: the first island in main) has its
 * code, which arrives on intent or when the browser is idle.
 */
export const pageTextArrived = (page: Page): Promise<boolean> =>
  page
    .locator('main [data-island]')
    .first()
    .evaluate((root: HTMLElement) => root.dataset.islandArrived !== undefined);

/** Reloads the page and waits until the app holds it again. */
export async function reloadPage(page: Page, options?: Parameters<Page['reload']>[0]) {
  const response = await page.reload(options);
  await appTakesOver(page);
  return response;
}

/**
 * Opens `url` in a browser that runs no script, as a crawler or a reader with JavaScript turned off
 * has it (the suite's own context runs the fixtures' scripts), and closes it after `check`.
 */
export async function withoutScripts(
  browser: Browser,
  url: string,
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await check(page);
  } finally {
    await context.close();
  }
}

/**
 * The value for `test.use({ allowedConsoleErrors })` when several kinds are expected. (An array of
 * two is read by Playwright as a value and its options, so the patterns travel as one.)
 */
export function consoleErrors(...patterns: RegExp[]): RegExp[] {
  return [new RegExp(patterns.map((pattern) => pattern.source).join('|'))];
}

/**
 * Holds every request matching `url` until the test lets it through, as a network that takes seconds would; returns the
 * release.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * Holds back the code of the chunk named `name` (DisplayPanel, ShareButton, readingModes, pages…)
 * until the returned function lets it through, 2 s later: the reader acts on the page meanwhile,
 * however long a slow machine takes to get there.
 */
export async function holdChunk(page: Page, name: string): Promise<() => Promise<void>> {
  const release = await holdRequests(page, `**/assets/${name}-*.js`);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    release();
  };
}

/** Waits until the service worker controls the page: the offline edition is saved. */
export async function serviceWorkerControls(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: SERVICE_WORKER_INSTALLS,
  });
}

export const NOT_FOUND_RESOURCE = /Failed to load resource: the server responded with a status of 404/;
export const FAILED_RESOURCE = /Failed to load resource: net::ERR_FAILED/;

/** Every island of the page has its code and acts by itself. */
export async function islandsArrived(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-island]')].every(
      (island) => island.dataset.islandArrived !== undefined,
    ),
  );
}
