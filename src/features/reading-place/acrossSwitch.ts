import { captureReadingPosition, restoreReadingPosition, type ReadingPosition } from './place.ts';

// Keeping the reader's place across a language switch, once the app holds the page. The switch
// (features/language/LanguageSwitch.tsx) captures which block sits at the reading line and how far,
// and carries it in the navigation's state; once the page in the other language is on screen, the
// app's scroll handling (app/PageScroll.tsx) puts that block back there. Only the switch's own
// navigation does this: Back, Forward and reload are scroll restoration's. A navigation that loads
// the page afresh carries the block in the address instead (`#p4`, app/router.tsx), as the switch
// does before the app holds the page (plainSwitch.ts).

type PositionState = { readingPosition?: Partial<ReadingPosition> };

/** The navigation state that carries the reader's place to the page in another language. */
export function readingPositionState(): PositionState {
  return { readingPosition: captureReadingPosition() };
}

/**
 * Whether a navigation carries the reader's place (a language switch): the page is then placed by
 * it, not scrolled to the top.
 */
export function keepsReadingPosition(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'readingPosition' in state;
}

/** The block a navigation carries the reader's place at (a language switch), if any: `p4`, which `#p4` names too. */
export function carriedBlock(state: unknown): string | undefined {
  return keepsReadingPosition(state) ? (state as PositionState).readingPosition?.block : undefined;
}

function positionFrom(state: unknown): ReadingPosition | undefined {
  const position = (state as PositionState | null)?.readingPosition;
  return typeof position?.block === 'string' && typeof position.offset === 'number'
    ? { block: position.block, offset: position.offset }
    : undefined;
}

/** After a language switch, with the new page on screen: puts the block the reader was at back where it was. */
export function restoreCarriedPosition(state: unknown): void {
  const position = positionFrom(state);
  if (position) restoreReadingPosition(position);
}
