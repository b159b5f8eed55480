// How the page, the early script and the app agree on islands (parts of a page whose code arrives
// later, see ui/islands/), through attributes of the island's root element:
// - `data-island="<name>"`: the part it holds;
// - `data-island-arrived`: its code has arrived and it is hydrated (or rendered): it acts by itself;
// - `data-tapped="<n> <m>…"`: the reader pressed its n-th button, then its m-th, before then
//   (the early script notes them, ui/islands/heldTaps.ts); the app presses them again, in order, once the code
//   has arrived.
// And on a control outside the island that opens it (a disclosure around a panel):
// - `data-wants="<name>"`: intent on it fetches that part's code too.

declare global {
  interface DOMStringMap {
    island?: string;
    islandArrived?: string;
    tapped?: string;
    wants?: string;
  }
}

export const ISLAND_SELECTOR = '[data-island]';

/** What the reader's intent on an element may ask for: the island it is in, or the part its control opens. */
export const INTENT_SELECTOR = '[data-island],[data-wants]';

/**
 * A button that does nothing by itself: what a tap before an island's code arrives is held for (a link or a form's
 * submit acts as plain HTML).
 */
export const HELD_BUTTON_SELECTOR = 'button[type=button]';
