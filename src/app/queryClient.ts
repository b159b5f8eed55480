import { QueryClient } from '@tanstack/react-query';

/** Whether the browser says it is online (always, outside a browser). */
const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * A request that never reached the server (fetch rejects with a TypeError) is worth a second try
 * while the browser is online: a connection that has just come back often fails its first
 * request. Offline, or when the server answered, the reader is told at once.
 */
const MAX_NETWORK_RETRIES = 3;
const shouldRetry = (failures: number, error: unknown) =>
  failures < MAX_NETWORK_RETRIES && error instanceof TypeError && online();

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published content does not change within an edition: it is fetched again only once the app
        // has learnt of a new one (app/freshness.ts), by the next navigation to it (loadQuery) or, for
        // a listing on screen, at once and held until the reader asks (ui/useHeldWhileOnScreen.ts).
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        refetchOnMount: false,
        retry: shouldRetry,
        retryDelay: (attempt) => 250 * 2 ** attempt,
        // Always ask: offline, the service worker or the HTTP cache may still answer, and when nothing
        // does, the reader is told at once instead of waiting on a query paused until the network returns.
        networkMode: 'always',
      },
    },
  });
}
