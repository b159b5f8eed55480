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

/**
 * Whether the reader is within the story's text, further down than the element in `ref` (mounted for as long as the
 * hook is): it has been scrolled up out of view, and the story's end is not on screen yet (a bar offered there would
 * lie over what follows the story).
 */
export function useWithinText(ref: RefObject<HTMLElement | null>): boolean {
  const [within, setWithin] = useState(false);
  useEffect(() => {
    const element = ref.current;
    const story = element?.closest('article');
    if (!element || !story) return;
    const check = () =>
      setWithin(
        element.getBoundingClientRect().bottom < 0 && story.getBoundingClientRect().bottom > window.innerHeight,
      );
    window.addEventListener('scroll', check, { passive: true });
    check();
    return () => window.removeEventListener('scroll', check);
  }, [ref]);
  return within;
}
