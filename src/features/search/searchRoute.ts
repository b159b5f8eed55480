import type { QueryClient } from '@tanstack/react-query';
import { SearchPage } from './SearchPage.tsx';
import { searchLoader } from './searchLoader.ts';

/** The search page's route, loaded only when a reader searches (see app/router.tsx). */
export function searchRoute(queryClient: QueryClient) {
  return { loader: searchLoader(queryClient), Component: SearchPage };
}
