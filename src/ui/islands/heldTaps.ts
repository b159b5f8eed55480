import { HELD_BUTTON_SELECTOR, ISLAND_SELECTOR } from '../../shared/islands.ts';

// Held taps. React drops a click on a part it cannot hydrate yet, so a tap (or Enter, or Space) on
// one of its buttons before its code arrives is held, before the app runs or after: the page's early
// script (src/early/earlyScript.ts) listens with holdTap, the island notes which of its buttons it
// was (`data-tapped`), and the button says it is busy. Once the code is here, the island presses
// them again, in the reader's order (pressHeldTaps).

const tappedIndexes = (root: HTMLElement) => (root.dataset.tapped ?? '').split(' ').filter(Boolean).map(Number);
const heldButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(HELD_BUTTON_SELECTOR)];

/**
 * The early script's listener for clicks, in the capture phase: holds a tap on a button of an island
 * whose code has not arrived.
 */
export function holdTap(event: MouseEvent): void {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>(HELD_BUTTON_SELECTOR) : null;
  const island = button?.closest<HTMLElement>(ISLAND_SELECTOR);
  if (!button || !island || island.dataset.islandArrived !== undefined) return;
  event.preventDefault();
  event.stopPropagation();
  island.dataset.tapped = [...tappedIndexes(island), heldButtons(island).indexOf(button)].join(' ');
  button.setAttribute('aria-busy', 'true');
}

/** Presses `buttons` one after another, a task apart, so that each sees what the one before did. */
function pressInTurn(buttons: HTMLElement[]) {
  const [first, ...rest] = buttons;
  first?.click();
  if (rest.length) setTimeout(() => pressInTurn(rest));
}

/**
 * Once the island's code has arrived: presses again the buttons a reader pressed before, in order. A
 * button of a part inside it (Share, in a story's text) is that part's: it stays busy until its own
 * code arrives.
 */
export function pressHeldTaps(root: HTMLElement): void {
  const tapped = tappedIndexes(root);
  delete root.dataset.tapped;
  const buttons = heldButtons(root);
  for (const button of buttons) if (button.closest(ISLAND_SELECTOR) === root) button.removeAttribute('aria-busy');
  pressInTurn(tapped.flatMap((index) => buttons[index] ?? []));
}

/**
 * Where React shows the island's face in place of the server's HTML: a button the reader already
 * pressed still says it is busy.
 */
export function showHeldTapsBusy(root: HTMLElement): void {
  const buttons = heldButtons(root);
  for (const index of tappedIndexes(root)) buttons[index]?.setAttribute('aria-busy', 'true');
}
