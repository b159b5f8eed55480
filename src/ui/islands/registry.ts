// Everything the island machinery remembers, in one place, created once for the page's lifetime:
// the code of each part by name, and, once the app runs, the parts still to fetch when the browser
// is idle. The other files of this folder read and change it; none keeps state of its own.

/** Fetches a part's code (once, or again after a failure); settles when the fetch has, arrived or not. */
export type FetchPart = () => Promise<unknown>;

type Registry = {
  /** Each declared part's code, by name (its root's `data-island`). */
  parts: Map<string, FetchPart>;
  /** The parts whose code is fetched when the browser is idle, one after another; undefined until the app runs. */
  idleQueue: string[] | undefined;
  /** Whether one of the queue is being fetched: the next is fetched when it settles. */
  fetchingWhenIdle: boolean;
};

export const registry: Registry = { parts: new Map(), idleQueue: undefined, fetchingWhenIdle: false };

/** Whether the app runs (it loads parts on intent), rather than prerendering or not started yet. */
export const appRuns = () => registry.idleQueue !== undefined;
