import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readPrerenderState } from './app/prerenderState.ts';
import { createQueryClient } from './app/queryClient.ts';
import { createRouter } from './app/router.tsx';
import './i18n/i18n.ts';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A page the build prerendered for this URL is taken over in place (hydrated), with the data it
// was rendered from; any other page (the shell served for unknown or paginated URLs) renders afresh.
const prerendered = readPrerenderState(window.location);
const queryClient = createQueryClient();
for (const { key, data } of prerendered?.queries ?? []) queryClient.setQueryData(key, data);
const router = createRouter(queryClient, prerendered?.router);
const app = (
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>
);
if (prerendered) hydrateRoot(container, app);
else createRoot(container).render(app);

// The offline edition (see scripts/serviceWorker.ts); development serves files that change.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'));
}
