import { useEffect, useState } from 'react';
import { BLOCK_ATTRIBUTE } from '../reading-place/blocks.ts';
import { HEADLINE, STANDFIRST } from './units.ts';

// The unit being read, marked where the reader sees it and where assistive technology knows it (aria-current), and
// kept in view: unless the reader has scrolled away on purpose, when it does not fight them and offers to bring it
// back in one tap.

const MARK = 'data-listening';

function unitElement(id: string): HTMLElement | null {
  if (id === HEADLINE) return document.querySelector('main article h1');
  if (id === STANDFIRST) return document.querySelector('main article [data-standfirst]');
  // The paragraph itself, not its block, which holds the translation toggle too.
  return document.querySelector(`main article [${BLOCK_ATTRIBUTE}="${CSS.escape(id)}"] > p`);
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function bringIntoView(element: HTMLElement) {
  element.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

/** What a unit must show of itself above Listen's bar to count as in view. */
const SHOWN = 40;

/** Whether the reader sees `element`: some of it on screen, its start not under Listen's bar (roomForControls.ts). */
function inView(element: HTMLElement): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  const bar = Number.parseFloat(document.body.style.paddingBottom) || 0;
  return bottom > 0 && top < window.innerHeight - bar - SHOWN;
}

/** What the reader does to scroll the page themselves. */
const READER_SCROLLS = ['wheel', 'touchmove', 'keydown'] as const;

export function useMarkedUnit(id: string | undefined): { away: boolean; bringBack: () => void } {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const element = id === undefined ? null : unitElement(id);
    if (!element) return;
    element.setAttribute(MARK, '');
    element.setAttribute('aria-current', 'true');
    if (!away && !inView(element)) bringIntoView(element);
    return () => {
      element.removeAttribute(MARK);
      element.removeAttribute('aria-current');
    };
  }, [id, away]);
  useEffect(() => {
    if (id === undefined) return;
    const element = unitElement(id);
    // The reader's own scrolling takes the page away from the unit being read: then it stays where they put it.
    const scrolled = () => requestAnimationFrame(() => setAway(element !== null && !inView(element)));
    for (const type of READER_SCROLLS) window.addEventListener(type, scrolled, { passive: true });
    return () => {
      for (const type of READER_SCROLLS) window.removeEventListener(type, scrolled);
    };
  }, [id]);
  const bringBack = () => {
    const element = id === undefined ? null : unitElement(id);
    if (element) bringIntoView(element);
    setAway(false);
  };
  return { away: away && id !== undefined, bringBack };
}
