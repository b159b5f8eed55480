import { useLayoutEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useNavigationType } from 'react-router';
import { BLOCK_ATTRIBUTE } from '../shared/blocks.ts';
import { captureReadingPosition, restoreReadingPosition, type ReadingPosition } from './readingPlace.ts';

// Keeping the reader's place across a language switch. Every language version of an article wraps
// its blocks in <ReadingBlock> with the block id they share; the switch captures which block sits at
// the reading line and how far (readingPlace.ts), and the new page puts that block back there. Only
// the switch's own navigation does this: Back, Forward and reload are scroll restoration's.

type PositionState = { readingPosition?: Partial<ReadingPosition> };

/** A block of text that keeps its place when the page changes language. */
export function ReadingBlock({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  return (
    <div className={className} {...{ [BLOCK_ATTRIBUTE]: id }}>
      {children}
    </div>
  );
}

/** The navigation state that carries the reader's place to the page in another language. */
export function readingPositionState(): PositionState {
  return { readingPosition: captureReadingPosition() };
}

/** The block a navigation carries the reader's place at (a language switch), if any: `p4`, which the page's `#p4` names too. */
export function carriedBlock(state: unknown): string | undefined {
  return keepsReadingPosition(state) ? (state as PositionState).readingPosition?.block : undefined;
}

/** Whether a navigation carries the reader's place (a language switch): the page is then placed by it, not scrolled to the top. */
export function keepsReadingPosition(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'readingPosition' in state;
}

function positionFrom(state: unknown): ReadingPosition | undefined {
  const position = (state as PositionState | null)?.readingPosition;
  return typeof position?.block === 'string' && typeof position.offset === 'number'
    ? { block: position.block, offset: position.offset }
    : undefined;
}

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

/** Puts the block the reader was at back where it was, after a language switch (never on a history move). */
export function useRestoreReadingPosition() {
  const location = useLocation();
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    const position = positionFrom(location.state);
    if (position && navigationType !== 'POP') restoreReadingPosition(position);
  }, [location, navigationType]);
}
