import { useEffect, useState, type RefObject } from 'react';
import { BLOCK_ATTRIBUTE } from '../reading-place/blocks.ts';

// Choosing where to listen from: while Listen is on, a tap on a paragraph reads from there; once the reader has
// scrolled past the story's tools, Listen is offered from the paragraph at the reading line.

/** While `active`, calls `pick` with the block a tap on the story's text lands in (not a link's, not a selection's). */
export function usePickedUnit(active: boolean, pick: (block: string) => void): void {
  useEffect(() => {
    if (!active) return;
    const tapped = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || target.closest('a, button, input, select, textarea')) return;
      if (String(document.getSelection() ?? '') !== '') return;
      const block = target.closest(`main article [${BLOCK_ATTRIBUTE}]`)?.getAttribute(BLOCK_ATTRIBUTE);
      if (block) pick(block);
    };
    document.addEventListener('click', tapped);
    return () => document.removeEventListener('click', tapped);
  }, [active, pick]);
}

/** Whether the element in `ref` (mounted for as long as the hook is) has been scrolled up out of view. */
export function useScrolledPast(ref: RefObject<HTMLElement | null>): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(([entry]) =>
      setPast(entry !== undefined && !entry.isIntersecting && entry.boundingClientRect.bottom < 0),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return past;
}
