import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';

// The offline edition's service worker (/sw.js). It is compiled once per version of the code; each
// build writes its precache list in place of `self.__WB_MANIFEST` (pipeline/output/serviceWorker.ts),
// so publishing a story never compiles it again.
//
// Updates: every precached file is listed with a hash of its content, so one worker always serves
// one consistent build. A new edition's worker installs in the background and takes over only once
// every Kiosque tab is closed (it never skips waiting), so a page never mixes two builds.

declare const self: { __WB_MANIFEST: PrecacheEntry[] };

clientsClaim();

// /fr/articles/x is served from the precached fr/articles/x.html (clean URLs) and /fr/ from
// fr/index.html. Pagefind asks for its entry file with a `ts` parameter that defeats caches: the
// precached copy answers it, as it answers a link with tracking parameters.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/] });

// Any other page falls back to the app shell, which renders from JSON.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/content\//, /\.(xml|txt|json|webmanifest)$/] }));

registerRoute(
  ({ url }) => url.pathname.startsWith('/content/'),
  new NetworkFirst({ cacheName: 'kiosque-content', plugins: [new ExpirationPlugin({ maxEntries: 500 })] }),
);

registerRoute(
  ({ url }) => url.pathname.startsWith('/pagefind/'),
  new StaleWhileRevalidate({ cacheName: 'kiosque-search', plugins: [new ExpirationPlugin({ maxEntries: 1000 })] }),
);
