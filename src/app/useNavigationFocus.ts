import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * After each client-side navigation (not the first load), moves focus to the new page's h1 and
 * returns the text a polite live region should announce.
 */
export function useNavigationFocus(describe: (title: string) => string): string {
  const { pathname, search } = useLocation();
  const firstRender = useRef(true);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
    setAnnouncement(describe(document.title));
    // `describe` is a fresh closure each render; only a new URL should announce.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname, search]);
  return announcement;
}
