import { useEffect, useState } from 'react';
import { BLOCK_ATTRIBUTE } from '../reading-place/blocks.ts';
import { readingLine } from '../reading-place/place.ts';
import { HEADLINE, STANDFIRST } from './units.ts';

// The unit being read, marked where the reader sees it and where assistive technology knows it (aria-current), and
// kept in view between the masthead and Listen's bar: unless the reader has scrolled away on purpose, when it does
// not fight them and offers to bring it back in one tap.

const MARK = 'data-listening';

function unitElement(id: string): HTMLElement | null {
  if (id === HEADLINE) return document.querySelector('main article h1');
  if (id === STANDFIRST) return document.querySelector('main article [data-standfirst]');
  // The paragraph itself, not its block, which holds the translation toggle too.
  return document.querySelector(`main article [${BLOCK_ATTRIBUTE}="${CSS.escape(id)}"] > p`);
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The part of the screen the text is read in: from the reading line under the masthead (the one that keeps the
 * reader's place, reading-place/place.ts) to Listen's bar (roomForControls.ts).
 */
function readingBand(element: HTMLElement): { top: number; bottom: number } {
  const bar = Number.parseFloat(document.body.style.paddingBottom) || 0;
  return { top: readingLine(element), bottom: window.innerHeight - bar };
}

/** How far above the reading line a unit may start and still be seen whole (the line leaves that much air). */
const AIR = 12;

/** Whether the reader sees `element` as one reads it: its start in the band, and all of it where it fits. */
function wellShown(element: HTMLElement): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  const band = readingBand(element);
  if (top < band.top - AIR) return false;
  return bottom - top <= band.bottom - band.top ? bottom <= band.bottom : top <= band.top + AIR * 3;
}

/** Brings `element` up to the reading line, as a `#p3` link does. */
function bringIntoView(element: HTMLElement) {
  element.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

/** Whether any of `element` shows in the band: when none does, the reader has gone elsewhere. */
function anyShown(element: HTMLElement): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  const band = readingBand(element);
  return bottom > band.top && top < band.bottom;
}

/** The keys that scroll the page, unless a field takes them (or Space, a button or a link it presses). */
const SCROLL_KEYS = new Set(['End', 'Home', 'PageDown', 'PageUp', 'ArrowDown', 'ArrowUp', ' ']);

/** Whether `event` is the reader scrolling the page: a wheel, a finger, or a key no control took. */
function readerScrolls(event: Event): boolean {
  if (!(event instanceof KeyboardEvent)) return true;
  if (event.defaultPrevented || !SCROLL_KEYS.has(event.key)) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, select, textarea, [contenteditable]')) return false;
  return !(event.key === ' ' && target?.closest('button, a, summary'));
}

/** How long the page may go on scrolling after the reader's last move (a key's scroll is animated). */
const SCROLL_SETTLES = 1000;

/** Calls `moved` on every scroll the reader causes, until it settles, and never on the page's own. */
function onReaderScroll(moved: () => void): () => void {
  let until = 0;
  const started = (event: Event) => {
    if (readerScrolls(event)) until = performance.now() + SCROLL_SETTLES;
  };
  const scrolled = () => {
    if (performance.now() < until) moved();
  };
  const inputs = ['wheel', 'touchmove', 'keydown'] as const;
  for (const type of inputs) window.addEventListener(type, started, { passive: true });
  window.addEventListener('scroll', scrolled, { passive: true });
  return () => {
    for (const type of inputs) window.removeEventListener(type, started);
    window.removeEventListener('scroll', scrolled);
  };
}

/**
 * Marks unit `id` for as long as it is read, on whatever element shows it: a change of reading mode renders the
 * story's paragraphs again.
 */
function useMark(id: string | undefined): void {
  useEffect(() => {
    const story = document.querySelector('main article');
    if (id === undefined || !story) return;
    let marked: HTMLElement | null = null;
    const mark = () => {
      const element = unitElement(id);
      if (element === marked) return;
      marked?.removeAttribute(MARK);
      marked?.removeAttribute('aria-current');
      element?.setAttribute(MARK, '');
      element?.setAttribute('aria-current', 'true');
      marked = element;
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(story, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      marked?.removeAttribute(MARK);
      marked?.removeAttribute('aria-current');
    };
  }, [id]);
}

export function useMarkedUnit(id: string | undefined): { away: boolean; bringBack: () => void } {
  const [away, setAway] = useState(false);
  useMark(id);
  useEffect(() => {
    const element = id === undefined ? null : unitElement(id);
    if (element && !away && !wellShown(element)) bringIntoView(element);
  }, [id, away]);
  useEffect(() => {
    if (id === undefined) return;
    // The reader's own scrolling takes the page away from the unit being read: then it stays where they put it.
    return onReaderScroll(() => {
      const element = unitElement(id);
      setAway(element !== null && !anyShown(element));
    });
  }, [id]);
  const bringBack = () => {
    const element = id === undefined ? null : unitElement(id);
    if (element) bringIntoView(element);
    setAway(false);
  };
  return { away: away && id !== undefined, bringBack };
}
