import { useEffect, useRef, useState } from 'react';
import { useLocation, useRevalidator } from 'react-router';
import { readingLine } from '../features/reading-place/place.ts';

// After each client-side navigation (not the first load), and when a page that failed to load comes
// in on a retry: moves focus into the new page and says what it is through a polite live region.

/**
 * Elements that can hold the reader's place: headings, paragraphs and asides (never a whole article, which starts far
 * above).
 */
const PLACES = 'main h1, main h2, main p, main aside';

/**
 * Where focus goes: the headline when the page starts at the top. Further down (a language switch
 * keeps the reader's place, Back restores it): focus stays on a masthead control the reader used
 * (the switch, so that switching back is one key away), or goes to the first place at the reading
 * line, so that the next Tab goes on from where the reader is instead of jumping back up.
 */
function focusTarget(): HTMLElement | null {
  const headline = document.querySelector<HTMLElement>('main h1');
  if (window.scrollY === 0) return headline;
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.closest('header')) return active;
  for (const element of document.querySelectorAll<HTMLElement>(PLACES)) {
    if (element.getBoundingClientRect().bottom > readingLine(element)) return element;
  }
  return headline;
}

function focusWithoutScrolling(element: HTMLElement) {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/**
 * A page with a message of its own (offline, not found, failed, a search's count) is announced by
 * that message, its heading and paragraphs but nothing nested deeper (a list of results); any
 * other by its title.
 */
function announcementFor(describe: (title: string) => string): string {
  const message = document.querySelector('main [data-announce]');
  if (!message) return describe(document.title);
  return [...message.querySelectorAll(':scope>h1,:scope>p')]
    .map((element) => element.textContent?.trim())
    .filter(Boolean)
    .join(' ');
}

/** Runs `task` in the task after the next frame is painted; returns a cancel function. */
function afterNextPaint(task: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(task)));
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/** A counter that goes up each time a retry (revalidation) finishes: the page may be a new one. */
function useRevalidations(): number {
  const { state } = useRevalidator();
  const [seen, setSeen] = useState({ state, count: 0 });
  // React's pattern for reacting to a changed value during render: no effect, no extra commit.
  if (seen.state !== state)
    setSeen({ state, count: seen.count + (seen.state === 'loading' && state === 'idle' ? 1 : 0) });
  return seen.count;
}

export function useNavigationFocus(describe: (title: string) => string): string {
  const { key } = useLocation();
  const revalidations = useRevalidations();
  const firstRender = useRef(true);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Once the new page has painted: finding the place at the reading line measures the page, which
    // before the paint would hold the frame that shows it (a language switch, which keeps the
    // reader's place, measured every paragraph).
    return afterNextPaint(() => {
      const target = focusTarget();
      if (target) focusWithoutScrolling(target);
      setAnnouncement(announcementFor(describe));
    });
    // `describe` is a fresh closure each render; only a new page should move focus and announce.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revalidations]);
  return announcement;
}
