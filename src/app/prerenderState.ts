import type { HydrationState } from 'react-router';

/** What a prerendered page was rendered with, so that the browser can take it over without refetching. */
export type PrerenderState = {
  /** The path and query the page was rendered for: hydrate only when the browser is at that URL. */
  url: string;
  router: HydrationState;
  /** The content the page was rendered from, as query key and data pairs. */
  queries: { key: readonly unknown[]; data: unknown }[];
};

const ELEMENT_ID = 'kiosque-prerender';

export function prerenderStateScript(state: PrerenderState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${ELEMENT_ID}">${json}</script>`;
}

/** The state of the page the browser opened, when it was prerendered for this very URL. */
export function readPrerenderState(location: Pick<Location, 'pathname' | 'search'>): PrerenderState | undefined {
  const text = document.getElementById(ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  const state = JSON.parse(text) as PrerenderState;
  return state.url === `${location.pathname}${location.search}` ? state : undefined;
}
