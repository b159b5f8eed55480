import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import { RouterProvider } from 'react-router';
import type { createRouter } from './router.tsx';

export function App({ queryClient, router }: { queryClient: QueryClient; router: ReturnType<typeof createRouter> }) {
  // Says that the app holds the page (its first render is committed, not merely started): from here
  // on every control works. The tests and the benchmark wait for it (scripts/appTakesOver.ts).
  useLayoutEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      {/* Data is loaded before a navigation commits, so its render need not be a (deferrable) transition:
          a cached page then paints in the next frame. */}
      <RouterProvider router={router} useTransitions={false} />
    </QueryClientProvider>
  );
}
