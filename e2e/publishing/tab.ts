import type { Page } from '@playwright/test';

// What the specs of an open tab do with it.

/** The front page's (or a topic page's) first story link. */
export const leadLink = (page: Page) => page.locator('main h2 a').first();

/** The notice of a newer edition of the listing on screen. */
export const newsNotice = (page: Page) => page.getByRole('status').getByRole('button');

/**
 * Hides the tab, or shows it again, as switching to another tab and back does. Headless Chromium
 * keeps every tab visible, so the page is told as the browser would tell it: its visibility state,
 * and the event.
 */
export async function setTabVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate((visibility) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => visibility === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/**
 * Shows the tab again, as coming back to it does, and waits for the answer to the check of the live edition it makes:
 * a navigation right after may otherwise come before the page knows what the check says.
 */
export async function comeBackToTab(page: Page): Promise<void> {
  const answered = page.waitForResponse((response) => response.url().endsWith('/edition.json'));
  await setTabVisibility(page, 'visible');
  await (await answered).finished();
}

/**
 * A request for the edition's stamp: the bytes of its headers, and of its answer's headers and body (none when "not
 * modified").
 */
export type StampAnswer = { request: number; headers: number; body: number };

/** Keeps the page's requests for the edition's stamp from now on, with the bytes each answer took. */
export function watchStampRequests(page: Page): { answers: StampAnswer[] } {
  const watched = { answers: [] as StampAnswer[] };
  page.on('requestfinished', async (request) => {
    if (!request.url().endsWith('/edition.json')) return;
    const sizes = await request.sizes();
    watched.answers.push({
      request: sizes.requestHeadersSize,
      headers: sizes.responseHeadersSize,
      body: sizes.responseBodySize,
    });
  });
  return watched;
}

/**
 * The lead of the French front page the offline edition saved, once it holds one edition's only (undefined while a new
 * one installs).
 */
export function savedLead(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const saved: { stories: { headline: string }[] }[] = [];
    for (const name of (await caches.keys()).filter((key) => key.includes('precache'))) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        if (new URL(request.url).pathname === '/content/fr/front/1.json')
          saved.push(await (await cache.match(request))?.json());
    }
    return saved.length === 1 ? saved[0]?.stories[0]?.headline : undefined;
  });
}

/** Remembers the service worker that controls the page, for workerTookOver. */
export async function rememberWorker(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { kiosqueWorker: navigator.serviceWorker.controller }));
}

/** Whether another service worker than the remembered one controls the page. */
export function workerTookOver(page: Page): Promise<boolean> {
  return page.evaluate(
    () => navigator.serviceWorker.controller !== (window as unknown as { kiosqueWorker?: ServiceWorker }).kiosqueWorker,
  );
}

/** The app's entry chunk the page runs: which version of the code it is. */
export function codeOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector<HTMLScriptElement>('script[data-app-bundle]')?.dataset.appBundle);
}
