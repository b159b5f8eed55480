import { lazy, memo, Suspense, useEffect, useLayoutEffect, useRef, type ComponentType, type ReactNode, type RefObject } from 'react';
import { HELD_BUTTON_SELECTOR, INTENT_SELECTOR, ISLAND_SELECTOR } from '../shared/islands.ts';
import { nextTask, whenIdle } from '../shared/whenIdle.ts';

// Islands, as the Guardian's pages have them, inside the single-page app: a part of a page that a
// reader may never use is a chunk of its own, and so is the text of a page, which the reader reads
// as the server wrote it. The server renders a part whole. In the browser its code arrives on
// intent (the pointer over it, focus or a touch in it) or when the browser is idle; until then,
// hydration leaves the server's HTML as it is (a Suspense boundary whose code has not arrived stays
// dehydrated), and a render in the browser shows the part's face: what it looks like, inert. React
// drops a click on a part it cannot hydrate yet, so a tap on one of its buttons is held
// (pipeline/bundle/earlyScript.ts, from before the app runs) and pressed again once the code is
// here, and a link in it is followed by the app (followHeldLinks).

type Module<P> = { default: ComponentType<P> };

export type IslandPart<P> = { name: string; load: () => Promise<unknown>; Lazy: ComponentType<P> };

/** Each part's code, by name: fetching it (once, or again after a failure) settles when the fetch has, arrived or not. */
const parts = new Map<string, () => Promise<unknown>>();

/**
 * A thenable that calls back at once: React.lazy then renders the part in the same pass, with no
 * face. (React reads only its `then`; its types ask for a whole Promise.)
 */
const arrivedAlready = <T,>(value: T) => ({ then: (resolve: (value: T) => void) => resolve(value) }) as unknown as Promise<T>;

/** Code that is not a part of the page but is loaded like one: on intent (by its caller), or when the browser is idle. */
export function codeOnIntent<T>(name: string, importCode: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  // A chunk that could not be fetched (offline) is asked for again at the next intent or call.
  const load = () => {
    loading ??= importCode().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  parts.set(name, () => load().catch(() => undefined));
  // A part declared once the app runs (inside a page's code that has just arrived) joins the queue.
  if (idleQueue) queueWhenIdle(name);
  return load;
}

/**
 * Declares a part named `name` whose code `importPart` fetches; the name is its root's `data-island`.
 * Until the code is here the part waits, with its face or its server HTML, rather than fail.
 */
export function islandPart<P extends object>(name: string, importPart: () => Promise<ComponentType<P>>): IslandPart<P> {
  let arrived: Module<P> | undefined;
  let resolveArrival: (module: Module<P>) => void = () => {};
  const arrival = new Promise<Module<P>>((resolve) => (resolveArrival = resolve));
  const load = codeOnIntent(name, async () => {
    arrived ??= { default: await importPart() };
    resolveArrival(arrived);
  });
  // Rendering a part never fetches its code: that waits for intent or an idle moment.
  return { name, load, Lazy: lazy(() => (arrived ? arrivedAlready(arrived) : arrival)) };
}

/** Presses `buttons` one after another, a task apart, so that each sees what the one before did. */
function pressInTurn(buttons: HTMLElement[]) {
  const [first, ...rest] = buttons;
  first?.click();
  if (rest.length) setTimeout(() => pressInTurn(rest));
}

const tappedIndexes = (root: HTMLElement) => (root.dataset.tapped ?? '').split(' ').filter(Boolean).map(Number);
const heldButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(HELD_BUTTON_SELECTOR)];

/**
 * Marks the island as acting by itself, and presses again the buttons a reader pressed before, in
 * order. A button of a part inside it (Share, in a story's text) is that part's: it stays busy until
 * its own code arrives.
 */
function arrive(root: HTMLElement) {
  root.dataset.islandArrived = '';
  const tapped = tappedIndexes(root);
  delete root.dataset.tapped;
  const buttons = heldButtons(root);
  for (const button of buttons) if (button.closest(ISLAND_SELECTOR) === root) button.removeAttribute('aria-busy');
  pressInTurn(tapped.flatMap((index) => buttons[index] ?? []));
}

/**
 * The face, where React shows it in place of the server's HTML (a render of the part before its code
 * arrives): a button the reader already pressed still says it is busy, as the early script made the
 * server's say.
 */
function Face({ root, children }: { root: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  useLayoutEffect(() => {
    if (!root.current) return;
    const buttons = heldButtons(root.current);
    for (const index of tappedIndexes(root.current)) buttons[index]?.setAttribute('aria-busy', 'true');
  });
  return children;
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
      <Suspense fallback={<Face root={root}>{face}</Face>}>
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

/** Fetches the code of the part the reader shows intent on, and of every part it is in (a part hydrates after those around it). */
function loadIslandOf(target: EventTarget | null) {
  let root = target instanceof Element ? target.closest<HTMLElement>(INTENT_SELECTOR) : null;
  for (; root; root = root.parentElement?.closest<HTMLElement>(INTENT_SELECTOR) ?? null) {
    if (root.dataset.islandArrived === undefined) void parts.get(root.dataset.island ?? root.dataset.wants ?? '')?.();
  }
}

const opensElsewhere = (event: MouseEvent, link: HTMLAnchorElement) =>
  event.button !== 0 ||
  event.metaKey ||
  event.altKey ||
  event.ctrlKey ||
  event.shiftKey ||
  link.target !== '' ||
  link.origin !== location.origin;

/**
 * A click on a link in a part whose code has not arrived: React, which cannot hydrate the part yet,
 * would let the browser load the address afresh. The app follows it instead, as it follows any
 * other link (the navigation waits for the code). A link that opens elsewhere is left to the browser.
 */
function followHeldLinks(navigate: (to: string) => unknown) {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const island = link?.closest<HTMLElement>(ISLAND_SELECTOR);
      if (!link || !island || island.dataset.islandArrived !== undefined || opensElsewhere(event, link)) return;
      event.preventDefault();
      void navigate(link.pathname + link.search + link.hash);
      // (In the capture phase: React stops a click it cannot deliver before it bubbles.)
    },
    true,
  );
}

const INTENT = ['pointerover', 'focusin', 'touchstart', 'click'] as const;

/** The parts whose code is fetched when the browser is idle, one after another; undefined until the app runs. */
let idleQueue: string[] | undefined;
let fetchingWhenIdle = false;

function fetchNextWhenIdle() {
  const name = idleQueue?.shift();
  fetchingWhenIdle = name !== undefined;
  if (name === undefined) return;
  // A part on the page whose code is inside a page's own not yet here is queued when it is declared.
  const load = parts.get(name);
  if (!load) return fetchNextWhenIdle();
  whenIdle(() => void load().then(fetchNextWhenIdle));
}

function queueWhenIdle(name: string) {
  idleQueue?.push(name);
  // A part tapped before it was even declared is fetched at once.
  if (document.querySelector(`[data-island="${name}"][data-tapped]`)) void parts.get(name)?.();
  if (!fetchingWhenIdle) fetchNextWhenIdle();
}

/**
 * In the browser, once the app runs: a part's code is fetched when the reader shows intent, at once
 * for a part a reader already tapped, and otherwise one part after another when the browser is idle
 * (those on the page first), so that every part is ready, and saved for offline reading, soon.
 */
export function loadIslandsOnIntent(navigate: (to: string) => unknown): void {
  followHeldLinks(navigate);
  for (const type of INTENT) document.addEventListener(type, (event) => loadIslandOf(event.target), { capture: true, passive: true });
  for (const root of document.querySelectorAll('[data-tapped]')) loadIslandOf(root);
  const onPage = [...document.querySelectorAll<HTMLElement>(ISLAND_SELECTOR)].map((root) => root.dataset.island ?? '');
  idleQueue = [...new Set([...onPage, ...parts.keys()])];
  fetchNextWhenIdle();
}

/** Every part's code, those declared by the code that arrives included; each settles when its fetch has, arrived or not. */
async function fetchEveryPart(): Promise<void> {
  let count: number;
  do {
    count = parts.size;
    await Promise.all([...parts.values()].map((load) => load()));
  } while (parts.size > count);
}

/**
 * Resolves once every part's code has been fetched, or could not be (offline), or after a few
 * seconds on a network that takes longer: a navigation waits for it (see app/router.tsx), so that a
 * page the app renders never shows a face, nor the masthead one of its own. In the next task before
 * the app has started: its first page is hydrated, the server's HTML standing for parts not arrived.
 */
export function islandsArrived(): Promise<unknown> {
  if (!idleQueue) return nextTask();
  return Promise.race([fetchEveryPart(), new Promise((resolve) => setTimeout(resolve, 3000))]);
}

/** The text of a page as a part: the route's element, and its code, which a navigation to it waits for (app/router.tsx). */
export type PagePart = { element: ReactNode; load: () => Promise<unknown> };

export function pagePart(name: string, importPage: () => Promise<ComponentType>): PagePart {
  const part = islandPart<object>(name, importPage);
  return { element: <Island part={part} props={{}} face={null} />, load: part.load };
}

/**
 * A page part's code, for a page the app renders: it rejects when the code cannot be fetched (the
 * page then says so). Before the app has started nothing is waited for: the first page is hydrated
 * and its server HTML stands for the part until its code arrives.
 */
export function pageCodeArrived(part: PagePart): Promise<unknown> | undefined {
  return idleQueue ? part.load() : undefined;
}

/** Every part's code, for a render that must be whole at once (prerendering). */
export const loadEveryIsland = fetchEveryPart;
