import { useState } from 'react';
import { useLocation } from 'react-router';

/**
 * A listing as the reader found it when they came to it: a newer edition's, fetched while the page
 * is on screen (app/freshness.ts), is held back as `newer` until the reader asks for it, so that
 * nothing moves under their eyes. Any navigation, to this page again included, shows the latest.
 */
export function useHeldWhileOnScreen<T>(latest: T): { shown: T; newer: T | undefined } {
  const { key } = useLocation();
  const [held, setHeld] = useState({ key, data: latest });
  // A new history entry: what the loader just loaded is what the reader came for.
  if (held.key !== key) setHeld({ key, data: latest });
  const shown = held.key === key ? held.data : latest;
  return { shown, newer: shown === latest ? undefined : latest };
}

/** How many of `newer`'s stories `shown` does not have. */
export function countNewStories(shown: { id: string }[], newer: { id: string }[]): number {
  const seen = new Set(shown.map((story) => story.id));
  return newer.filter((story) => !seen.has(story.id)).length;
}
