// Where the reader is in a page, as a block shared by every language version (`data-block`), so
// that the same place can be found again after the text around it changed language.

export type ReadingPosition = {
  block: string;
  /** The block's top edge, in pixels from the top of the viewport, when it starts inside the viewport. */
  offset: number;
  /** How far into the block the top of the viewport is (0 to 1), when the block starts above it. */
  ratio: number;
};

const BLOCKS = '[data-block]';

/** The first block that reaches into the viewport, or undefined at the top of the page. */
export function captureReadingPosition(): ReadingPosition | undefined {
  if (window.scrollY === 0) return undefined;
  for (const element of document.querySelectorAll<HTMLElement>(BLOCKS)) {
    const { top, bottom, height } = element.getBoundingClientRect();
    if (bottom <= 0 || !element.dataset.block) continue;
    return { block: element.dataset.block, offset: Math.max(0, top), ratio: top < 0 && height > 0 ? -top / height : 0 };
  }
  return undefined;
}

/** Scrolls so that the same block sits where it was; returns false when the page has no such block. */
export function restoreReadingPosition(position: ReadingPosition): boolean {
  const element = document.querySelector<HTMLElement>(`[data-block="${CSS.escape(position.block)}"]`);
  if (!element) return false;
  const { top, height } = element.getBoundingClientRect();
  const wantedTop = position.ratio > 0 ? -position.ratio * height : position.offset;
  window.scrollTo(0, window.scrollY + top - wantedTop);
  return true;
}

export function isReadingPosition(value: unknown): value is ReadingPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { block, offset, ratio } = value as Record<string, unknown>;
  return typeof block === 'string' && typeof offset === 'number' && typeof ratio === 'number';
}

/** The reading position a navigation carried in its history state, if any. */
export function readingPositionFrom(state: unknown): ReadingPosition | undefined {
  if (typeof state !== 'object' || state === null || !('readingPosition' in state)) return undefined;
  return isReadingPosition(state.readingPosition) ? state.readingPosition : undefined;
}
