import { useLayoutEffect } from 'react';
import { useLocation, useNavigationType, type Location } from 'react-router';
import { keepsReadingPosition, restoreCarriedPosition } from '../features/reading-place/acrossSwitch.ts';

// Scroll restoration as a static site has it: Back and Forward return to where the reader was on
// each page, a reload to where they were, a new page opens at its top or at its `#p3`, and a language
// switch puts the reader's place back (features/reading-place/). Written here rather than taken from
// React Router's <ScrollRestoration>, which restores a reloaded page through an update of the
// router's state: before a page part's code has arrived (ui/islands/), that update would reach
// the part's server HTML, and React would show the page blank until the code came.

const STORAGE_KEY = 'kiosque.scroll';

/**
 * Where a page's scroll position is saved. A page opened afresh (a typed or pasted address) has no
 * history key of its own; keyed by its address, it never takes the place saved for another page.
 */
const scrollKey = ({ key, pathname }: Location) => (key === 'default' ? pathname : key);

/** Where the reader was on each page of this tab's history, kept across reloads. */
let positions: Record<string, number> | undefined;
/** The page the reader is on, whose position each scroll updates. */
let current = '';

function readPositions(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

function savePositions() {
  if (!positions) return;
  positions[current] = window.scrollY;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(positions));
  } catch {
    // Positions are then kept for this document only.
  }
  // A reload, or Back to this page from another site, is then placed by the browser before the app runs.
  window.history.scrollRestoration = 'auto';
}

/** Scrolls to the element the address's `#…` names; false when there is none. */
function scrollToHash(hash: string): boolean {
  let element: HTMLElement | null = null;
  try {
    element = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  } catch {
    // A fragment that is not a decodable id names nothing.
  }
  element?.scrollIntoView();
  return element !== null;
}

/**
 * Whether the document was opened by a reload or by Back or Forward from another site: only then
 * is a place saved for its address the reader's. A link followed or an address pasted opens the
 * page afresh, at its top or its `#p3`, whatever place an earlier visit left.
 */
function returnsToThisPage(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload' || entry?.type === 'back_forward';
}

/** Once, when the app arrives: from then on the app places each page, and notes where the reader is. */
function takeOverScrolling(): Record<string, number> {
  const saved = readPositions();
  window.history.scrollRestoration = 'manual';
  const note = () => {
    if (current) saved[current] = window.scrollY;
  };
  window.addEventListener('scroll', note, { passive: true });
  window.addEventListener('pagehide', savePositions);
  return saved;
}

/**
 * Places the page after each navigation. The page the app arrives on was placed by the browser (a
 * reload where the reader was, an address's `#p3`), and a reader may have scrolled it before the
 * app came: it is moved only when it stands at the top and the browser left it there.
 */
export function PageScroll() {
  const location = useLocation();
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    const first = positions === undefined;
    positions ??= takeOverScrolling();
    current = scrollKey(location);
    const saved = positions[current];
    if (first) {
      if (window.scrollY === 0 && saved && returnsToThisPage()) window.scrollTo(0, saved);
      else if (window.scrollY === 0) scrollToHash(location.hash);
      // What an earlier visit left is not this one's place.
      positions[current] = window.scrollY;
    } else if (navigationType === 'POP' && saved !== undefined) window.scrollTo(0, saved);
    else if (keepsReadingPosition(location.state) && navigationType !== 'POP') restoreCarriedPosition(location.state);
    else if (!scrollToHash(location.hash)) window.scrollTo(0, 0);
  }, [location, navigationType]);
  return null;
}
