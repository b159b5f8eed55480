// The document's state before and after the app arrives, kept as data attributes on <html>:
// prerendering writes some into the file, the early script (src/early/earlyScript.ts) sets
// others before the first paint, the styles read them, the app changes them, and the tests and the
// bench wait on them. This is their one declaration. Stylesheets cannot import it: they name the
// attributes by the HTML names below, and scripts/documentState.test.ts fails on any other
// `:root[data-…]` in a stylesheet.

/** Every attribute, by its `dataset` name, with its name in HTML. */
export const DOCUMENT_STATE = {
  /** A front page's file: the page of the front page it holds ("1"). Written by prerendering. */
  page: 'data-page',
  /** A search page's file: the query it holds (none, ""). Written by prerendering. */
  q: 'data-q',
  /**
   * The URL asks for another page than the file holds (`?page=2`, `?q=…`): its content stays hidden
   * until the app has rendered the right one. Set by the early script; removed by the app's first
   * render, or when the app cannot start.
   */
  pendingPage: 'data-pending-page',
  /** `ready` once the app's first render is committed: from then on every control is the app's. */
  app: 'data-app',
  /** The reader's theme and text size, applied by the early script before the first paint. */
  theme: 'data-theme',
  textSize: 'data-text-size',
} as const;

export type DocumentStateName = keyof typeof DOCUMENT_STATE;

/** The value of `data-app` once the app holds the page. */
export const APP_READY = 'ready';

declare global {
  interface DOMStringMap {
    page?: string;
    q?: string;
    pendingPage?: '';
    app?: typeof APP_READY;
    theme?: string;
    textSize?: string;
  }
}

/** The app's first render is committed: the page it shows is the URL's, and it is the app's. */
export function markAppReady(root: HTMLElement = document.documentElement): void {
  delete root.dataset.pendingPage;
  root.dataset.app = APP_READY;
}

/**
 * In the page, for tests and the bench (self-contained, so that any driver can run it): whether the
 * app holds the page, or there is no app to wait for (a page with no root, such as a browser's
 * error page). `ready` is APP_READY, passed in.
 */
export function appHoldsPage(ready: string): boolean {
  return !document.getElementById('root') || document.documentElement.dataset.app === ready;
}
