import type { QueryClient } from '@tanstack/react-query';
import { tellOfNewEdition } from '../content-api/editionChanges.ts';
import { LiveEdition, pageOrigin, type EditionNews } from '../content-api/liveEdition.ts';
import { isListingKey } from '../content-api/queryKeys.ts';
import { appEntry } from '../shared/firstView.ts';

// Loaded when the browser is idle after the first view (app/startApp.tsx). What the app does when it
// learns of a new edition (content-api/liveEdition.ts tells it): the search engine starts afresh
// (content-api/editionChanges.ts), every query is stale, so that the next navigation to any page asks again; a listing
// on screen is fetched at once, and held until the reader asks (ui/useHeldWhileOnScreen.ts); the offline edition is
// brought up to date. A new version of the code is loaded by the next navigation (app/router.tsx).

/** Starts following the live edition (content-api/liveEdition.ts): checks now, then as it says. */
export function followLiveEdition(queryClient: QueryClient): LiveEdition {
  const live = new LiveEdition(appEntry(), pageOrigin(), (news) => takeNews(queryClient, news));
  live.watch();
  checkOnIntent(live);
  return live;
}

function takeNews(queryClient: QueryClient, news: EditionNews): void {
  tellOfNewEdition();
  void queryClient.invalidateQueries({ refetchType: 'none' });
  // A saved copy that did not know its edition has nothing to compare: its listings are fetched at the next navigation.
  if (!news.wasUnknown)
    void queryClient.refetchQueries({ type: 'active', predicate: (query) => isListingKey(query.queryKey) });
  updateOfflineEdition();
}

/** Asks the browser to look for the service worker of the new edition now, rather than at the next page. */
function updateOfflineEdition(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .getRegistration()
    .then((registration) => registration?.update())
    .catch(() => undefined);
}

/**
 * A reader about to follow a link starts the check its navigation may wait for: the pointer over it, focus or a touch.
 */
function checkOnIntent(live: LiveEdition): void {
  const intent = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) live.checkSoon();
  };
  for (const type of ['pointerover', 'focusin', 'touchstart'] as const)
    document.addEventListener(type, intent, { capture: true, passive: true });
}
