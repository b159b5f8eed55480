// The thin interface the reader's journeys are written against, once, and run in every engine:
// Chromium through Playwright, Firefox through puppeteer-core (WebDriver BiDi) and WebKit through
// selenium-webdriver (W3C WebDriver, WebKitGTK's own server). Each engine's driver maps these few
// primitives onto its protocol; everything a journey reads or waits for is plain page script, so it
// runs alike everywhere.

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const ENGINES: readonly Engine[] = ['chromium', 'firefox', 'webkit'];

/** The keys journeys press, named as a keyboard says them. */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space';

/**
 * A problem the page had: an uncaught error, a rejected promise, a console error, or a Content-Security-Policy
 * violation.
 */
export type Problem = { kind: 'error' | 'violation'; text: string };

/** What each engine's driver maps onto its protocol (chromium.ts, firefox.ts, webkit.ts). */
export interface EngineDriver {
  readonly engine: Engine;
  /** Whether `setOffline` makes the browser say it is offline (`navigator.onLine` false). */
  readonly reportsOffline: boolean;
  /** Loads `path` (relative to the server) as a new document and resolves once it has loaded. */
  open(path: string): Promise<void>;
  reload(): Promise<void>;
  /** A pointer click at a point of the viewport, in CSS pixels. */
  clickAt(x: number, y: number): Promise<void>;
  press(key: Key): Promise<void>;
  /** Types text where the focus is, key by key. */
  type(text: string): Promise<void>;
  /** Runs `fn(arg)` in the page and resolves with its (JSON) result; `fn` must use nothing from outside. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  setOffline(offline: boolean): Promise<void>;
  /** The script errors the protocol reported by itself, in any document (none where it reports none). */
  reportedErrors(): Problem[];
  close(): Promise<void>;
}

/**
 * What a journey drives (journeyDriver.ts builds it on an engine's): the engine's primitives, a
 * step back in history, going offline, which also pulls the journey's cable out (cable.ts), so that
 * nothing, not even a service worker's own request, reaches the server; where the engine cannot
 * tell the browser (`reportsOffline` false), it sees a network that fails while it believes it is
 * online.
 */
export interface Driver extends Omit<EngineDriver, 'reportedErrors'> {
  back(): Promise<void>;
  /** The problems seen since the driver started, in every document it loaded. */
  problems(): Promise<Problem[]>;
}

/** `fn(arg)` as an expression for a page to evaluate (`fn` is self-contained, `arg` plain JSON). */
export function callExpression<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): string {
  return `(${fn.toString()})(${JSON.stringify(arg)})`;
}

/**
 * Installed in every document (before its scripts where the protocol allows, else as soon as it
 * has loaded): keeps the page's uncaught errors, rejected promises, console errors and policy
 * violations where a driver can read them. A failed request is the network's answer, not a
 * script error: the browser reports those by itself and they are not kept.
 */
export function watchForProblems(): void {
  const target = window as unknown as { kiosqueProblems?: { kind: 'error' | 'violation'; text: string }[] };
  if (target.kiosqueProblems) return;
  const problems: { kind: 'error' | 'violation'; text: string }[] = [];
  target.kiosqueProblems = problems;
  window.addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) problems.push({ kind: 'error', text: event.message });
  });
  window.addEventListener('unhandledrejection', (event) =>
    problems.push({ kind: 'error', text: `unhandled rejection: ${String(event.reason)}` }),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    problems.push({ kind: 'violation', text: `${event.violatedDirective}: ${event.blockedURI || 'inline'}` }),
  );
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push({ kind: 'error', text: `console.error: ${args.map(String).join(' ')}` });
    consoleError(...args);
  };
}

/** Takes the problems the current document has kept, emptying its list. */
export function takeProblems(): { kind: 'error' | 'violation'; text: string }[] {
  const list = (window as unknown as { kiosqueProblems?: { kind: 'error' | 'violation'; text: string }[] })
    .kiosqueProblems;
  return list ? list.splice(0) : [];
}
