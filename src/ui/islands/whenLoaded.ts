import { INTENT_SELECTOR, ISLAND_SELECTOR } from '../../shared/islands.ts';
import { nextTask, whenIdle } from '../../shared/whenIdle.ts';
import { appRuns, registry } from './registry.ts';

// When a part's code is fetched, once the app runs: when the reader shows intent, at once for a part
// a reader already tapped, and otherwise one part after another when the browser is idle (those on
// the page first), so that every part is ready, and saved for offline reading, soon.

/**
 * Fetches the code of the part the reader shows intent on, and of every part it is in (a part
 * hydrates after those around it).
 */
function loadIslandOf(target: EventTarget | null) {
  let root = target instanceof Element ? target.closest<HTMLElement>(INTENT_SELECTOR) : null;
  for (; root; root = root.parentElement?.closest<HTMLElement>(INTENT_SELECTOR) ?? null) {
    const name = root.dataset.island ?? root.dataset.wants ?? '';
    if (root.dataset.islandArrived === undefined) void registry.parts.get(name)?.();
  }
}

function fetchNextWhenIdle() {
  const name = registry.idleQueue?.shift();
  registry.fetchingWhenIdle = name !== undefined;
  if (name === undefined) return;
  // A part on the page whose code is inside a page's own not yet here is queued when it is declared.
  const load = registry.parts.get(name);
  if (!load) return fetchNextWhenIdle();
  whenIdle(() => void load().then(fetchNextWhenIdle));
}

/** Queues a part declared once the app runs (inside a page's code that has just arrived). */
export function queueWhenIdle(name: string) {
  registry.idleQueue?.push(name);
  // A part tapped before it was even declared is fetched at once.
  if (document.querySelector(`[data-island="${name}"][data-tapped]`)) void registry.parts.get(name)?.();
  if (!registry.fetchingWhenIdle) fetchNextWhenIdle();
}

const INTENT = ['pointerover', 'focusin', 'touchstart', 'click'] as const;

/** In the browser, once the app runs: from then on a part's code arrives on intent, or when the browser is idle. */
export function loadIslandsOnIntent(): void {
  const onIntent = (event: Event) => loadIslandOf(event.target);
  for (const type of INTENT) document.addEventListener(type, onIntent, { capture: true, passive: true });
  for (const root of document.querySelectorAll('[data-tapped]')) loadIslandOf(root);
  const onPage = [...document.querySelectorAll<HTMLElement>(ISLAND_SELECTOR)].map((root) => root.dataset.island ?? '');
  registry.idleQueue = [...new Set([...onPage, ...registry.parts.keys()])];
  fetchNextWhenIdle();
}

/**
 * Every part's code, those declared by the code that arrives included; each settles when its fetch
 * has, arrived or not.
 */
export async function fetchEveryPart(): Promise<void> {
  let count: number;
  do {
    count = registry.parts.size;
    await Promise.all([...registry.parts.values()].map((load) => load()));
  } while (registry.parts.size > count);
}

/**
 * Resolves once every part's code has been fetched, or could not be (offline), or after a few
 * seconds on a network that takes longer: a navigation waits for it (see app/router.tsx), so that a
 * page the app renders never shows a face, nor the masthead one of its own. In the next task before
 * the app has started: its first page is hydrated, the server's HTML standing for parts not arrived.
 */
export function islandsArrived(): Promise<unknown> {
  if (!appRuns()) return nextTask();
  return Promise.race([fetchEveryPart(), new Promise((resolve) => setTimeout(resolve, 3000))]);
}
