// The global stylesheet first, so that every component's module comes after the reset.
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readPrerenderState, rendersPrerenderedPage, seedQueryCache } from './app/prerenderState.ts';
import { createQueryClient } from './app/queryClient.ts';
import { createRouter, routerReady } from './app/router.tsx';
import './i18n/i18n.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The query cache starts with the content the prerendered page was rendered from, so that its
// loaders need no network, whatever the query string. The page is taken over in place (hydrated)
// once the router has loaded and agrees with it; any other page renders afresh.
const prerendered = readPrerenderState();
const queryClient = createQueryClient();
if (prerendered) seedQueryCache(queryClient, prerendered);
const router = createRouter(queryClient);
await routerReady(router);
const app = (
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>
);
if (prerendered && rendersPrerenderedPage(prerendered, router.state)) hydrateRoot(container, app);
else createRoot(container).render(app);

// The offline edition (see pipeline/serviceWorker.ts); development serves files that change.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'));
}
