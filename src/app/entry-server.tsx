import { dehydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import '../i18n/i18n.ts';
import { DEFAULT_LANG } from '../i18n/languages.ts';
import type { Head } from '../shared/head.ts';
import { HeadCollector } from '../ui/useHead.tsx';
import type { PrerenderState } from './prerenderState.ts';
import { createQueryClient } from './queryClient.ts';
import { createRoutes } from './router.tsx';

// Build-time only: renders one route of the published edition to HTML (see scripts/build.ts).

export type Prerendered = { lang: string; html: string; head: Head; state: PrerenderState };

/** Renders `path` as the browser would show it; undefined when the route redirects or fails. */
export async function prerender(path: string, origin: string): Promise<Prerendered | undefined> {
  const queryClient = createQueryClient();
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(new URL(path, origin)));
  if (context instanceof Response || context.errors || context.statusCode !== 200) return undefined;
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
  if (!head) throw new Error(`${path} rendered no head`);
  return {
    lang: path.split('/')[1] ?? DEFAULT_LANG,
    html,
    head,
    state: { queries: dehydrate(queryClient), loaderData: context.loaderData },
  };
}
