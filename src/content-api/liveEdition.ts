import { EDITION_STAMP_PATH, EDITION_TIMING, isEditionStamp, SAVED_COPY_TIMING, type EditionStamp } from './edition.ts';

// How an open page learns that an edition was published since it was loaded: it asks for the
// edition's stamp (one small file, answered "not modified" while nothing changed) when the reader
// comes back to the tab, every POLL_MS while the tab is on screen, and before a navigation when
// the last answer is older than FRESH_FOR_MS. Nothing runs in a hidden tab. What the page does with
// a new edition is the app's (app/freshness.ts): its cached content is stale, a listing on screen
// says there is news, and a new version of the code is loaded at the next navigation.

/** A navigation within this long of the last check trusts it: a cached page paints at once. */
export const FRESH_FOR_MS = 10_000;

/** How long a navigation waits for a check before going on with what it has (a network that does not answer). */
export const CHECK_WAIT_MS = 1_000;

/** How often a tab on screen checks. */
export const POLL_MS = 60_000;

/** How long a check may take before it is given up. */
const CHECK_TIMEOUT_MS = 10_000;

/**
 * Where a page came from: the edition the server named (Server-Timing), and whether the service worker answered with a
 * saved copy.
 */
export type PageOrigin = { edition: string | undefined; saved: boolean };

export type EditionNews = {
  /** The live edition runs other code than this page: the page loads afresh at its next navigation. */
  codeChanged: boolean;
  /**
   * The page did not know which edition it was (a host that does not name it): only its cache is stale, there is no
   * news to tell.
   */
  wasUnknown: boolean;
};

/** What the watcher needs of the browser: the network and the clock (tests give their own). */
export type Surroundings = {
  fetchStamp: (signal: AbortSignal) => Promise<unknown>;
  now: () => number;
  online: () => boolean;
  visible: () => boolean;
};

export class LiveEdition {
  private edition: string | undefined;
  private checkedAt = -Infinity;
  private checking: Promise<void> | undefined;
  private checkStartedAt = -Infinity;
  private newCode = false;
  private watching = false;

  constructor(
    /** The code this page runs (its entry chunk), as the stamp names it. */
    private readonly ownCode: string | undefined,
    /** What the page was loaded from: the edition, where the server named it, and whether a saved copy answered. */
    private readonly page: PageOrigin,
    private readonly onNews: (news: EditionNews) => void,
    private readonly surroundings: Surroundings = browserSurroundings(),
  ) {
    this.edition = page.edition;
  }

  /** Whether the live edition runs other code than this page. */
  get codeChanged(): boolean {
    return this.newCode;
  }

  /**
   * Resolves once the page knows what is live as of FRESH_FOR_MS ago at most, or after
   * CHECK_WAIT_MS; at once offline, and before the app watches (its first page is the one loaded).
   */
  confirmed(): Promise<void> {
    if (!this.watching || !this.surroundings.online() || this.isFresh()) return Promise.resolve();
    const checking = this.check();
    // One wait per check, however many steps of a navigation ask: a check older than the wait is given up on.
    const waited = this.surroundings.now() - this.checkStartedAt;
    return waited >= CHECK_WAIT_MS ? Promise.resolve() : Promise.race([checking, delay(CHECK_WAIT_MS - waited)]);
  }

  /**
   * Starts a check if the last one is not fresh: on a reader's intent, so that the navigation that follows finds it
   * done.
   */
  checkSoon(): void {
    if (this.watching && this.surroundings.online() && !this.isFresh()) void this.check();
  }

  /** Asks for the stamp now (once at a time), and tells of news. Never rejects. */
  check(): Promise<void> {
    if (!this.checking) this.checkStartedAt = this.surroundings.now();
    this.checking ??= this.askForStamp().finally(() => {
      this.checkedAt = this.surroundings.now();
      this.checking = undefined;
    });
    return this.checking;
  }

  /**
   * Checks now, then every POLL_MS while the tab is on screen, and when it comes back on screen or online. Returns a
   * stop function.
   */
  watch(doc: EventTarget = document, win: EventTarget = window): () => void {
    this.watching = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    const stopPolling = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const follow = () => {
      stopPolling();
      if (!this.surroundings.visible()) return;
      this.checkSoon();
      timer = setInterval(() => void this.check(), POLL_MS);
    };
    // A page restored from the back/forward cache comes back as it was left.
    const restored = (event: Event) => (event as PageTransitionEvent).persisted && follow();
    doc.addEventListener('visibilitychange', follow);
    win.addEventListener('online', follow);
    win.addEventListener('pageshow', restored);
    follow();
    return () => {
      this.watching = false;
      stopPolling();
      doc.removeEventListener('visibilitychange', follow);
      win.removeEventListener('online', follow);
      win.removeEventListener('pageshow', restored);
    };
  }

  private isFresh(): boolean {
    return this.surroundings.now() - this.checkedAt < FRESH_FOR_MS;
  }

  private async askForStamp(): Promise<void> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), CHECK_TIMEOUT_MS);
    try {
      const stamp = await this.surroundings.fetchStamp(abort.signal);
      if (isEditionStamp(stamp)) this.learn(stamp);
    } catch {
      // Offline, or no answer: the page goes on with what it has, and asks again later.
    } finally {
      clearTimeout(timer);
    }
  }

  private learn(stamp: EditionStamp): void {
    const codeChanged = this.ownCode !== undefined && stamp.code !== this.ownCode;
    const known = this.edition;
    this.edition = stamp.edition;
    // A page loaded from the network by a host that does not name editions is the live one as of its first check.
    const news = known === undefined ? this.page.saved : stamp.edition !== known;
    if (!news && codeChanged === this.newCode) return;
    this.newCode = codeChanged;
    this.onNews({ codeChanged, wasUnknown: known === undefined });
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function browserSurroundings(): Surroundings {
  return {
    fetchStamp: async (signal) => {
      // Revalidated every time (the server answers "not modified" while the edition is the same),
      // and as small a request as the browser sends (no referrer).
      const response = await fetch(`${import.meta.env.BASE_URL}${EDITION_STAMP_PATH}`, {
        cache: 'no-cache',
        referrerPolicy: 'no-referrer',
        signal,
      });
      if (!response.ok) throw new Error(`${EDITION_STAMP_PATH}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    },
    now: () => performance.now(),
    online: () => navigator.onLine !== false,
    visible: () => document.visibilityState === 'visible',
  };
}

/**
 * Where this page came from, as its answer's Server-Timing says: the edition the server named, and whether it was a
 * saved copy.
 */
export function pageOrigin(): PageOrigin {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const metrics = navigation?.serverTiming ?? [];
  return {
    edition: metrics.find((metric) => metric.name === EDITION_TIMING)?.description || undefined,
    saved: metrics.some((metric) => metric.name === SAVED_COPY_TIMING),
  };
}
