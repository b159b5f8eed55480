import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { readEmbeddedStrings } from '../i18n/embeddedStrings.ts';
import { addStrings, setUpI18n } from '../i18n/i18n.ts';
import type { Lang } from '../i18n/languages.ts';
import { nextTask, whenIdle } from '../shared/whenIdle.ts';
import { followHeldLinks } from '../ui/islands/heldLinks.ts';
import { loadIslandsOnIntent } from '../ui/islands/whenLoaded.ts';
import { App } from './App.tsx';
import { lateEditionGate } from './editionGate.ts';
import { readPrerenderState, rendersPrerenderedPage, seedQueryCache } from './prerenderState.ts';
import { createQueryClient } from './queryClient.ts';
import { createRouter, pageCode, routerReady } from './router.tsx';

// index.html has it; were it missing, React's own error says so.
const container = () => document.getElementById('root') as HTMLElement;

function setUpStrings() {
  setUpI18n();
  for (const [lang, { strings, all }] of Object.entries(readEmbeddedStrings())) addStrings(lang as Lang, strings, all);
}

/**
 * Starts the app, each step a task of its own: the interface strings; the query cache, seeded with
 * the content the prerendered page was rendered from (so that its loaders need no network, whatever
 * the query string); the router, once its first page's loaders have settled; then the first render
 * in a transition, which React does in slices. The page is taken over in place (hydrated) when the
 * router agrees with what it shows; any other page renders afresh.
 */
export async function startApp() {
  setUpStrings();
  await nextTask();
  const prerendered = readPrerenderState();
  const queryClient = createQueryClient();
  if (prerendered) seedQueryCache(queryClient, prerendered);
  await nextTask();
  const live = lateEditionGate();
  const router = createRouter(queryClient, live);
  await routerReady(router);
  const hydrates = prerendered !== undefined && rendersPrerenderedPage(prerendered, router.state);
  // A page rendered afresh has no server HTML to stand for its text until its code arrives.
  if (!hydrates) await pageCode(router.state.matches).catch(() => undefined);
  followHeldLinks((to) => router.navigate(to));
  loadIslandsOnIntent();
  await nextTask();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  );
  startTransition(() => {
    if (hydrates) hydrateRoot(container(), app);
    else createRoot(container()).render(app);
  });
  // The offline edition (see pipeline/output/serviceWorker.ts) and the check for newer editions, set
  // up once the first view is done with the network and the main thread; development serves files
  // that change, and no edition.
  if (!import.meta.env.PROD) return;
  whenIdle(() => {
    if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    void import('./freshness.ts')
      .then(({ followLiveEdition }) => live.follow(followLiveEdition(queryClient)))
      .catch(() => undefined);
  });
}
