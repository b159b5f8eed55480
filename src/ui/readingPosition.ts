// Where the reader is in a page, as a block shared by every language version (`data-block`), so
// that the same place can be found again after the text around it changed language.

export type ReadingPosition = {
  block: string;
  /** The block's top edge, in pixels from the reading line (negative when it starts above the line). */
  offset: number;
};

/** However much shorter the other language's block is, this much of it stays below the line. */
const MIN_VISIBLE = 48;

const BLOCKS = '[data-block]';

/** Where reading starts in the viewport: below the sticky masthead, as the page's scroll-padding-top says. */
function readingLine(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
}

/** The first block that reaches below the reading line, or undefined at the top of the page. */
export function captureReadingPosition(): ReadingPosition | undefined {
  if (window.scrollY === 0) return undefined;
  const line = readingLine();
  for (const element of document.querySelectorAll<HTMLElement>(BLOCKS)) {
    const { top, bottom } = element.getBoundingClientRect();
    if (bottom <= line || !element.dataset.block) continue;
    return { block: element.dataset.block, offset: top - line };
  }
  return undefined;
}

/** Scrolls so that the same block sits where it was; returns false when the page has no such block. */
export function restoreReadingPosition(position: ReadingPosition): boolean {
  const element = document.querySelector<HTMLElement>(`[data-block="${CSS.escape(position.block)}"]`);
  if (!element) return false;
  const { top, height } = element.getBoundingClientRect();
  const line = readingLine();
  const wantedTop = Math.max(line + position.offset, line - height + Math.min(height, MIN_VISIBLE));
  window.scrollTo(0, window.scrollY + top - wantedTop);
  return true;
}

/** The reading position a navigation carried in its history state, if any. */
export function readingPositionFrom(state: unknown): ReadingPosition | undefined {
  const position = (state as { readingPosition?: Partial<ReadingPosition> } | null)?.readingPosition;
  return typeof position?.block === 'string' && typeof position.offset === 'number' ? { block: position.block, offset: position.offset } : undefined;
}
