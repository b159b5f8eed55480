import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { RouterState } from 'react-router';

/** What a prerendered page was rendered from, so that the browser can take it over without fetching anything. */
export type PrerenderState = {
  /**
   * The content the page was rendered from: each query of the cache and its data. (TanStack's
   * dehydrated cache would add the time it was made, and a page would differ from build to build.)
   */
  queries: { queryKey: QueryKey; data: unknown }[];
  /** What the page's loaders returned; the browser hydrates only when its own loaders agree. */
  loaderData: RouterState['loaderData'];
};

const ELEMENT_ID = 'kiosque-prerender';

export function prerenderStateScript(state: PrerenderState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${ELEMENT_ID}">${json}</script>`;
}

/** The state the page the browser opened was prerendered with, if it was prerendered. */
export function readPrerenderState(): PrerenderState | undefined {
  const text = document.getElementById(ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as PrerenderState) : undefined;
}

/** Puts the content a page was prerendered from into the query cache: plain, settled data that is never stale. */
export function seedQueryCache(queryClient: QueryClient, state: PrerenderState): void {
  for (const { queryKey, data } of state.queries) queryClient.setQueryData(queryKey, data);
}

/** The queries of `queryClient`'s cache that hold data, as a page carries them. */
export function cachedQueries(queryClient: QueryClient): PrerenderState['queries'] {
  return queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success')
    .map(({ queryKey, state }) => ({ queryKey, data: state.data }));
}

/**
 * Whether the router, at the URL the browser opened, renders what the prerendered HTML shows. Any
 * query string that no loader reads (utm_source, fbclid…) leaves its data unchanged, so a shared
 * link hydrates; `/fr/?page=2`, served the first page's HTML by a static host, does not.
 */
export function rendersPrerenderedPage(
  state: PrerenderState,
  routerState: Pick<RouterState, 'loaderData' | 'errors'>,
): boolean {
  return routerState.errors === null && JSON.stringify(routerState.loaderData) === JSON.stringify(state.loaderData);
}
