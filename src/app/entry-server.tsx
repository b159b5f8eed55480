import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { addStrings } from '../i18n/i18n.ts';
import type { Head } from '../shared/head.ts';
import { HeadCollector } from '../ui/useHead.tsx';
import { fetchEveryPart } from '../ui/islands/whenLoaded.ts';
import { cachedQueries, type PrerenderState } from './prerenderState.ts';
import { createQueryClient } from './queryClient.ts';
import { createRoutes } from './router.tsx';

// Build-time only: renders one route of the published edition to HTML (see scripts/build.ts).

export type Prerendered = { html: string; head: Head; state: PrerenderState };

// Prerendering renders every language.
addStrings('fr', fr);
addStrings('en', en);

/** A page to render: its address, the HTTP status it answers with, and the queries (key and data) it renders from. */
export type PageToRender = {
  route: string;
  status: number;
  queries: readonly { queryKey: readonly unknown[]; data: unknown }[];
};

/**
 * Renders a page as the browser would show it, from the data it is given (nothing is fetched); throws when it cannot.
 */
export async function prerender({ route, status, queries }: PageToRender, origin: string): Promise<Prerendered> {
  // A page is rendered whole: every island's code is here before it renders (see ui/islands/).
  await fetchEveryPart();
  const queryClient = createQueryClient();
  for (const { queryKey, data } of queries) queryClient.setQueryData(queryKey, data);
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(new URL(route, origin)));
  if (context instanceof Response || context.statusCode !== status)
    throw new Error(`${route} did not render as a ${status}: its loaders redirected or failed`);
  const router = createStaticRouter(handler.dataRoutes, context);
  let head: Head | undefined;
  const html = renderToString(
    <StrictMode>
      <HeadCollector collect={(collected) => (head = collected)}>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </HeadCollector>
    </StrictMode>,
  );
  if (!head) throw new Error(`${route} rendered no head`);
  return { html, head, state: { queries: cachedQueries(queryClient), loaderData: context.loaderData } };
}
