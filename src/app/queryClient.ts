import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published content never changes while the app runs; a failed load is retried by the reader.
        staleTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        // Always ask: offline, the service worker or the HTTP cache may still answer, and when nothing
        // does, the reader is told at once instead of waiting on a query paused until the network returns.
        networkMode: 'always',
      },
    },
  });
}
