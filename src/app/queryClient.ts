import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Published content never changes while the app runs; a failed load is retried by the reader.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    },
  });
}
