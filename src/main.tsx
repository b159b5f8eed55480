// The global stylesheet first, so that every component's module comes after the reset.
import './app/global.css';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readPrerenderState, rendersPrerenderedPage, seedQueryCache } from './app/prerenderState.ts';
import { createQueryClient } from './app/queryClient.ts';
import { createRouter, routerReady } from './app/router.tsx';
import { readEmbeddedStrings } from './i18n/embeddedStrings.ts';
import { addStrings } from './i18n/i18n.ts';
import type { Lang } from './i18n/languages.ts';
import { nextTask, whenIdle } from './shared/whenIdle.ts';

// index.html has it; were it missing, React's own error says so.
const container = document.getElementById('root') as HTMLElement;

// The query cache starts with the content the prerendered page was rendered from, so that its
// loaders need no network, whatever the query string. The page is taken over in place (hydrated)
// once the router has loaded and agrees with it; any other page renders afresh.
// Startup is cut into tasks (evaluating the bundle, starting the router, rendering in a transition,
// which React does in slices) so that none holds the main thread long enough to delay a tap.
// No top-level await: it would make the bundler split the shared code of lazy routes into a chunk
// of its own, which the first view would then wait for.
async function start() {
  const prerendered = readPrerenderState();
  const queryClient = createQueryClient();
  if (prerendered) seedQueryCache(queryClient, prerendered);
  for (const [lang, { strings, all }] of Object.entries(readEmbeddedStrings())) addStrings(lang as Lang, strings, all);
  await nextTask();
  const router = createRouter(queryClient);
  await routerReady(router);
  await nextTask();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  );
  startTransition(() => {
    if (prerendered && rendersPrerenderedPage(prerendered, router.state)) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}

void start();

// The offline edition (see pipeline/serviceWorker.ts), set up once the first view is done with the
// network and the main thread; development serves files that change.
if (import.meta.env.PROD && 'serviceWorker' in navigator) whenIdle(() => void navigator.serviceWorker.register('/sw.js'));
