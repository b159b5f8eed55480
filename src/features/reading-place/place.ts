import { BLOCK_ATTRIBUTE, BLOCK_SELECTOR } from './blocks.ts';

// Keeping the reader's place, the heart of it: where the reader is in a story (the block at the
// reading line, and how far it is from it), and putting them back there. Plain DOM, no React: the
// app uses it across a language switch (acrossSwitch.ts) and a change of reading mode
// (acrossLayouts.ts), and so does the page's early script, before the app (plainSwitch.ts).

export type ReadingPosition = {
  block: string;
  /** The block's top edge, in pixels from the reading line (negative when it starts above the line). */
  offset: number;
};

/** However much shorter the other language's block is, this much of it stays below the line. */
const MIN_VISIBLE = 48;

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
export function captureReadingPosition(): ReadingPosition | undefined {
  if (window.scrollY === 0) return undefined;
  for (const element of blocks()) {
    const line = readingLine(element);
    const { top, bottom } = element.getBoundingClientRect();
    const block = element.getAttribute(BLOCK_ATTRIBUTE);
    if (bottom > line && block) return { block, offset: top - line };
  }
  return undefined;
}

/** Scrolls so that the block of `position` is where it was, or as near as the new page allows. */
export function restoreReadingPosition(position: ReadingPosition): void {
  const element = blocks().find((candidate) => candidate.getAttribute(BLOCK_ATTRIBUTE) === position.block);
  if (!element) return;
  const { top, height } = element.getBoundingClientRect();
  const line = readingLine(element);
  const wantedTop = Math.max(line + position.offset, line - height + Math.min(height, MIN_VISIBLE));
  window.scrollTo(0, window.scrollY + top - wantedTop);
}
