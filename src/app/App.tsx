import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import type { createRouter } from './router.tsx';

export function App({ queryClient, router }: { queryClient: QueryClient; router: ReturnType<typeof createRouter> }) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* Data is loaded before a navigation commits, so its render need not be a (deferrable) transition:
          a cached page then paints in the next frame. */}
      <RouterProvider router={router} useTransitions={false} />
    </QueryClientProvider>
  );
}
