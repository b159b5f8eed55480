import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { captureReadingPosition, restoreReadingPosition, type ReadingPosition } from './place.ts';

// Keeping the reader's place across a change of layout on the same page: the reading modes (one
// language, side by side, a paragraph's translation) change the text around the block being read,
// which stays where it was on screen.

/**
 * Makes `change` to the page (a reading mode: side by side, one language) and puts the block the
 * reader was at back where it was, so that the text being read does not move down the screen.
 */
export function keepingReadingPosition(change: () => void): void {
  const position = captureReadingPosition();
  flushSync(change);
  if (position) restoreReadingPosition(position);
}

const captureInBrowser = () => (typeof window === 'undefined' ? undefined : captureReadingPosition());

/**
 * For a component that replaces the text on screen when it appears (side by side once its code has
 * arrived): the block being read stays where it was. The place is read while the component first
 * renders, before the page changes.
 */
export function useReadingPositionKeptOnArrival(): void {
  const [position] = useState(captureInBrowser);
  useLayoutEffect(() => {
    if (position) restoreReadingPosition(position);
  }, [position]);
}

/**
 * The block being read stays where it was whenever `layout` changes (one language or side by side,
 * chosen, or remembered and applied once the page's code has taken it over). The place is read
 * while rendering the new layout, before the page changes.
 */
export function useReadingPositionKeptAcross(layout: string): void {
  const [kept, setKept] = useState<{ layout: string; position?: ReadingPosition }>({ layout });
  // React's pattern for a value that changed since the last render: read during render, no effect.
  if (kept.layout !== layout) setKept({ layout, position: captureInBrowser() });
  useLayoutEffect(() => {
    if (kept.position) restoreReadingPosition(kept.position);
  }, [kept]);
}
