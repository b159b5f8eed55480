import { lazy, memo, Suspense, useEffect, useRef, type ComponentType, type ReactNode, type RefObject } from 'react';
import { HELD_BUTTON_SELECTOR, INTENT_SELECTOR, ISLAND_SELECTOR } from '../shared/islands.ts';
import { nextTask, whenIdle } from '../shared/whenIdle.ts';

// Islands, as the Guardian's pages have them, inside the single-page app: a part of a page that a
// reader may never use is a chunk of its own. The server renders it whole. In the browser its code
// arrives on intent (the pointer over it, focus or a touch in it) or when the browser is idle;
// until then, hydration leaves the server's HTML as it is (a Suspense boundary whose code has not
// arrived stays dehydrated), and a render in the browser shows the part's face: what it looks like,
// inert. React drops a click on a part it cannot hydrate yet, so a tap on one of its buttons is held
// (pipeline/bundle/earlyScript.ts, from before the app runs) and pressed again once the code is here.

type Module<P> = { default: ComponentType<P> };

export type IslandPart<P> = { name: string; load: () => Promise<unknown>; Lazy: ComponentType<P> };

/** Each part's code, by name: fetching it (once, or again after a failure) settles when the fetch has, arrived or not. */
const parts = new Map<string, () => Promise<unknown>>();

/**
 * A thenable that calls back at once: React.lazy then renders the part in the same pass, with no
 * face. (React reads only its `then`; its types ask for a whole Promise.)
 */
const arrivedAlready = <T,>(value: T) => ({ then: (resolve: (value: T) => void) => resolve(value) }) as unknown as Promise<T>;

/** Declares a part named `name` whose code `importPart` fetches; the name is its root's `data-island`. */
export function islandPart<P extends object>(name: string, importPart: () => Promise<ComponentType<P>>): IslandPart<P> {
  let arrived: Module<P> | undefined;
  let attempt: Promise<void> | undefined;
  let resolveArrival: (module: Module<P>) => void = () => {};
  const arrival = new Promise<Module<P>>((resolve) => (resolveArrival = resolve));
  const load = () => {
    // A chunk that could not be fetched (offline) is asked for again at the next intent: the part
    // waits, with its face or its server HTML, rather than fail.
    attempt ??= importPart().then(
      (Component) => resolveArrival((arrived = { default: Component })),
      () => void (attempt = undefined),
    );
    return arrival;
  };
  parts.set(name, () => {
    void load();
    return attempt ?? Promise.resolve();
  });
  // Rendering a part never fetches its code: that waits for intent or an idle moment.
  return { name, load, Lazy: lazy(() => (arrived ? arrivedAlready(arrived) : arrival)) };
}

/** Code that is not a part of the page but is loaded like one: on intent (by its caller), or when the browser is idle. */
export function codeOnIntent<T>(name: string, importCode: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const load = () => {
    loading ??= importCode().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  parts.set(name, () => load().catch(() => undefined));
  return load;
}

/** Presses `buttons` one after another, a task apart, so that each sees what the one before did. */
function pressInTurn(buttons: HTMLElement[]) {
  const [first, ...rest] = buttons;
  first?.click();
  if (rest.length) setTimeout(() => pressInTurn(rest));
}

/** Marks the island as acting by itself, and presses again the buttons a reader pressed before, in order. */
function arrive(root: HTMLElement) {
  root.dataset.islandArrived = '';
  const tapped = (root.dataset.tapped ?? '').split(' ').filter(Boolean).map(Number);
  delete root.dataset.tapped;
  const buttons = [...root.querySelectorAll<HTMLElement>(HELD_BUTTON_SELECTOR)];
  for (const button of buttons) button.removeAttribute('aria-busy');
  pressInTurn(tapped.flatMap((index) => buttons[index] ?? []));
}

function Arrived({ root }: { root: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    if (root.current) arrive(root.current);
  }, [root]);
  return null;
}

type IslandProps<P> = { part: IslandPart<P>; props: NoInfer<P>; face: ReactNode };

function IslandRoot<P extends object>({ part, props, face }: IslandProps<P>) {
  const root = useRef<HTMLDivElement>(null);
  const { Lazy } = part;
  return (
    <div ref={root} data-island={part.name}>
      <Suspense fallback={face}>
        <Lazy {...props} />
        <Arrived root={root} />
      </Suspense>
    </div>
  );
}

const sameValues = (a: object, b: object) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]));

/**
 * Renders `part` with `props` in an island; `face` is what it looks like until its code arrives.
 * It renders again only when the part or a prop changes: a page re-rendered around an island whose
 * code has not arrived would otherwise make React drop the server's HTML for the face.
 */
export const Island = memo(IslandRoot, (before, after) => before.part === after.part && sameValues(before.props, after.props)) as <
  P extends object,
>(
  props: IslandProps<P>,
) => ReactNode;

function loadIslandOf(target: EventTarget | null) {
  const root = target instanceof Element ? target.closest<HTMLElement>(INTENT_SELECTOR) : null;
  if (root && root.dataset.islandArrived === undefined) void parts.get(root.dataset.island ?? root.dataset.wants ?? '')?.();
}

const INTENT = ['pointerover', 'focusin', 'touchstart', 'click'] as const;

/**
 * In the browser, once the app runs: a part's code is fetched when the reader shows intent, at once
 * for a part a reader already tapped, and otherwise one part after another when the browser is idle
 * (those on the page first), so that every part is ready, and saved for offline reading, soon.
 */
export function loadIslandsOnIntent(): void {
  started = true;
  for (const type of INTENT) document.addEventListener(type, (event) => loadIslandOf(event.target), { capture: true, passive: true });
  for (const root of document.querySelectorAll('[data-tapped]')) loadIslandOf(root);
  const onPage = [...document.querySelectorAll<HTMLElement>(ISLAND_SELECTOR)].map((root) => root.dataset.island);
  const queue = [...new Set([...onPage, ...parts.keys()])];
  const next = () => {
    const load = parts.get(queue.shift() ?? '');
    if (load) whenIdle(() => void load().then(next));
  };
  next();
}

let started = false;

/**
 * Resolves once every part's code has been fetched, or could not be (offline), or after a few
 * seconds on a network that takes longer: a navigation waits for it (see app/router.tsx), so that a
 * page the app renders never shows a face, nor the masthead one of its own. In the next task before
 * the app has started: its first page is hydrated, the server's HTML standing for parts not arrived.
 */
export function islandsArrived(): Promise<unknown> {
  if (!started) return nextTask();
  return Promise.race([Promise.all([...parts.values()].map((load) => load())), new Promise((resolve) => setTimeout(resolve, 3000))]);
}

/** Every part's code, for a render that must be whole at once (prerendering). */
export function loadEveryIsland(): Promise<unknown> {
  return Promise.all([...parts.values()].map((load) => load()));
}
