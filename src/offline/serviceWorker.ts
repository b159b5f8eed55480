import { cacheNames, clientsClaim } from 'workbox-core';
import { CacheExpiration } from 'workbox-expiration';
import { getCacheKeyForURL, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { EDITION_STAMP_PATH, SAVED_COPY_TIMING } from '../content-api/edition.ts';
import { isNamedByContent, networkFirst, savedCopyUrls } from './networkFirst.ts';

// The offline edition's service worker (/sw.js). It is compiled once per version of the code; each
// build writes its precache list in place of `self.__WB_MANIFEST` (pipeline/output/serviceWorker.ts),
// so publishing a story never compiles it again.
//
// Online, readers get the live edition: whatever can change under its name (pages, JSON, the
// search index's lists) comes from the network when it answers in time, and a saved copy answers
// only when it does not (networkFirst.ts). Files named by their content come from the saved copy.
//
// Updates: each publish writes a new sw.js, which the browser finds at the reader's next page (or
// when the app learns of the edition). It saves the new edition's files, each checked against the
// hash the build listed (a file of a later edition, published meanwhile, fails the install, and the
// next check installs that edition whole), then takes over at once: the offline edition is the
// newest one read online, and files the new edition no longer lists are dropped. A page already
// open keeps its own code: its chunks were kept aside at install, and it reloads at its next
// navigation (src/content-api/liveEdition.ts).

// The worker's own types (the project's are the DOM's, which cannot be mixed with a worker's).
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { request: Request };
declare const self: {
  __WB_MANIFEST: PrecacheEntry[];
  location: { origin: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: ExtendableEvent) => void): void;
};

type Cached = { name: string; expiration: CacheExpiration };

const cached = (name: string, maxEntries: number): Cached => ({
  name,
  expiration: new CacheExpiration(name, { maxEntries }),
});

/** Stories and listings read, beyond those saved at install. */
const CONTENT = cached('kiosque-content', 500);
/** The search index's pieces and lists read, where the edition is too large for all to be saved at install. */
const SEARCH = cached('kiosque-search', 1000);
/** The app's chunks of the editions before: an open page of older code still loads its parts, offline too. */
const ASSETS = cached('kiosque-assets', 300);

const runtimeCacheOf = (url: URL): Cached | undefined =>
  url.pathname.startsWith('/content/')
    ? CONTENT
    : url.pathname.startsWith('/pagefind/')
      ? SEARCH
      : url.pathname.startsWith('/assets/')
        ? ASSETS
        : undefined;

precache(self.__WB_MANIFEST);

self.addEventListener('install', (event) => {
  event.waitUntil(keepChunksOfEarlierCode());
  void self.skipWaiting();
});
clientsClaim();
// (No navigation preload, which would send a page's request while the worker starts: with it,
// Firefox 153 fails a page opened offline, NS_ERROR_OFFLINE, before the worker can answer it.)

/** Copies the chunks the worker before saved into ASSETS, before taking over drops them from the precache. */
async function keepChunksOfEarlierCode(): Promise<void> {
  const precached = await caches.open(cacheNames.precache);
  const kept = await caches.open(ASSETS.name);
  for (const request of await precached.keys()) {
    if (!new URL(request.url).pathname.startsWith('/assets/') || getCacheKeyForURL(request.url)) continue;
    const response = await precached.match(request);
    if (response) await kept.put(request, response);
  }
}

/** The saved copy of `request`: this edition's, saved at install, else one kept when it was read. */
async function savedCopy(request: Request, url: URL): Promise<Response | undefined> {
  for (const candidate of savedCopyUrls(url, request.mode === 'navigate')) {
    const copy = await matchPrecache(candidate);
    if (copy) return copy;
  }
  const runtime = runtimeCacheOf(url);
  return runtime ? caches.match(request, { cacheName: runtime.name }) : undefined;
}

/** Keeps what the network answered for later offline reading, or forgets a file the edition no longer has. */
async function keep(request: Request, url: URL, response: Response): Promise<void> {
  const runtime = runtimeCacheOf(url);
  if (!runtime || getCacheKeyForURL(url.href)) return;
  const cache = await caches.open(runtime.name);
  if (response.status === 404) {
    await cache.delete(request);
    return;
  }
  if (!response.ok || response.type !== 'basic') return;
  await cache.put(request, response);
  await runtime.expiration.updateTimestamp(request.url);
  await runtime.expiration.expireEntries();
}

function fromNetwork(event: FetchEvent, url: URL): Promise<Response> {
  const network = fetch(event.request);
  event.waitUntil(network.then((response) => keep(event.request, url, response.clone())).catch(() => undefined));
  return network;
}

/** A page no copy was saved of: the app shell, which renders it from its JSON. */
const appShell = () => matchPrecache('/index.html');

/**
 * A saved page says so (Server-Timing), so that the app knows it may be older than the live edition
 * (content-api/liveEdition.ts).
 */
function markedSaved(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.append('Server-Timing', SAVED_COPY_TIMING);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function answerPage(event: FetchEvent, url: URL): Promise<Response> {
  return networkFirst(fromNetwork(event, url), async () => {
    const copy = (await savedCopy(event.request, url)) ?? (await appShell());
    return copy && markedSaved(copy);
  });
}

async function answerFile(event: FetchEvent, url: URL): Promise<Response> {
  if (isNamedByContent(url)) return (await savedCopy(event.request, url)) ?? fromNetwork(event, url);
  return networkFirst(fromNetwork(event, url), () => savedCopy(event.request, url));
}

const isPage = ({ request, url }: { request: Request; url: URL }) =>
  request.mode === 'navigate' &&
  !/^\/content\//.test(url.pathname) &&
  !/\.(xml|txt|json|webmanifest)$/.test(url.pathname);

// The edition's stamp is the network's alone: a saved copy would tell an open page nothing new.
const isFile = ({ request, url }: { request: Request; url: URL }) =>
  url.origin === self.location.origin && request.method === 'GET' && url.pathname !== `/${EDITION_STAMP_PATH}`;

registerRoute(isPage, ({ event, url }) => answerPage(event as FetchEvent, url));
registerRoute(isFile, ({ event, url }) => answerFile(event as FetchEvent, url));
