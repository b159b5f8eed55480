import { useLayoutEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useNavigationType } from 'react-router';
import { BLOCK_ATTRIBUTE, BLOCK_SELECTOR } from '../shared/blocks.ts';

// Keeping the reader's place across a language switch, in one module. Every language version of an
// article wraps its blocks in <ReadingBlock> with the block id they share; the switch captures
// which block sits at the reading line and how far, and the new page puts that block back there.
// Only the switch's own navigation does this: Back, Forward and reload are scroll restoration's.

export type ReadingPosition = {
  block: string;
  /** The block's top edge, in pixels from the reading line (negative when it starts above the line). */
  offset: number;
};

type PositionState = { readingPosition?: Partial<ReadingPosition> };

/** However much shorter the other language's block is, this much of it stays below the line. */
const MIN_VISIBLE = 48;

/** A block of text that keeps its place when the page changes language. */
export function ReadingBlock({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  return (
    <div className={className} {...{ [BLOCK_ATTRIBUTE]: id }}>
      {children}
    </div>
  );
}

/**
 * Where reading starts in the viewport: just below the sticky masthead. The stylesheet gives
 * everything in `main` that much `scroll-margin-top`, so that `#p3` links land on the same line;
 * focus after a navigation (app/useNavigationFocus.ts) looks for the same line.
 */
export function readingLine(block: Element): number {
  return Number.parseFloat(getComputedStyle(block).scrollMarginTop) || 0;
}

function blocks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)];
}

/** The first block that reaches below the reading line, or undefined at the top of the page. */
function captureReadingPosition(): ReadingPosition | undefined {
  if (window.scrollY === 0) return undefined;
  for (const element of blocks()) {
    const line = readingLine(element);
    const { top, bottom } = element.getBoundingClientRect();
    const block = element.getAttribute(BLOCK_ATTRIBUTE);
    if (bottom > line && block) return { block, offset: top - line };
  }
  return undefined;
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

function restoreReadingPosition(position: ReadingPosition): void {
  const element = blocks().find((candidate) => candidate.getAttribute(BLOCK_ATTRIBUTE) === position.block);
  if (!element) return;
  const { top, height } = element.getBoundingClientRect();
  const line = readingLine(element);
  const wantedTop = Math.max(line + position.offset, line - height + Math.min(height, MIN_VISIBLE));
  window.scrollTo(0, window.scrollY + top - wantedTop);
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
