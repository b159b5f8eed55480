// How the offline edition's service worker answers whatever can change under its name (pages, the
// content's JSON, the search index's lists): from the network, the live edition, whenever it
// answers in time; from a saved copy only when it does not. Plain functions of their inputs, so that
// they are tested without a worker (networkFirst.test.ts).

/**
 * How long a request waits for the network before a saved copy answers it. Three seconds is about
 * three times what a page takes on a slow mobile network (Lighthouse's: 150 ms a round trip, 1.6
 * Mbit/s), so that a network that answers at all gives the live edition, and well under the ten
 * seconds after which readers give up on a page: a network that has stopped answering costs the
 * reader three seconds before the saved edition opens. Offline, the network fails at once, and
 * the saved copy answers at once.
 */
export const NETWORK_WAIT_MS = 3000;

const TIMED_OUT = Symbol('timed out');

function timeout(ms: number): { promise: Promise<typeof TIMED_OUT>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * The network's answer when it comes within `wait` ms and the server did not fail (5xx);
 * otherwise the saved copy; and with no saved copy, the network's answer whenever it comes (or its
 * failure). A 404 is an answer: a story the edition no longer has is gone, even if a copy was saved.
 */
export async function networkFirst(
  network: Promise<Response>,
  saved: () => Promise<Response | undefined>,
  wait = NETWORK_WAIT_MS,
): Promise<Response> {
  const timer = timeout(wait);
  const first = await Promise.race([network.catch(() => undefined), timer.promise]);
  timer.cancel();
  if (first instanceof Response && first.status < 500) return first;
  const copy = await saved();
  if (copy) return copy;
  return first instanceof Response ? first : network;
}

/** Query parameters that name no other file: tracking (a shared link), and Pagefind's cache-buster. */
const IGNORED_PARAMETERS = [/^utm_/, /^fbclid$/, /^ts$/];

/** `url` without its fragment and the parameters that name no other file. */
export function withoutIgnoredParameters(url: URL): URL {
  const bare = new URL(url.href);
  bare.hash = '';
  for (const name of [...bare.searchParams.keys()])
    if (IGNORED_PARAMETERS.some((pattern) => pattern.test(name))) bare.searchParams.delete(name);
  return bare;
}

/**
 * The files that may hold a page's saved copy, in order: /fr/articles/x is fr/articles/x.html and
 * /fr/ is fr/index.html (the server's clean addresses); any other request is its own file.
 */
export function savedCopyUrls(url: URL, isPage: boolean): string[] {
  const bare = withoutIgnoredParameters(url);
  if (!isPage) return [bare.href];
  if (bare.pathname.endsWith('/')) return [`${bare.origin}${bare.pathname}index.html${bare.search}`, bare.href];
  return [`${bare.origin}${bare.pathname}.html${bare.search}`, bare.href];
}

/**
 * Files whose name changes with their content (the app's chunks, the search index's pieces): a copy is always right.
 */
export function isNamedByContent(url: URL): boolean {
  return url.pathname.startsWith('/assets/') || /^\/pagefind\/.+\.pf_(index|fragment|meta)$/.test(url.pathname);
}
