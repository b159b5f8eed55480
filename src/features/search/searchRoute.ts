import type { QueryClient } from '@tanstack/react-query';
import type { Lang } from '../../i18n/languages.ts';
import { startSearchEngine } from './pagefind.ts';
import { SearchPage } from './SearchPage.tsx';
import { searchLoader } from './searchLoader.ts';

/** The search page's route, loaded only when a reader searches (see app/router.tsx). */
export function searchRoute(queryClient: QueryClient) {
  return { loader: searchLoader(queryClient), Component: SearchPage };
}

/** Starts `lang`'s search engine (Pagefind and its index) ahead of a search the reader is typing. */
export function warmUp(lang: Lang): void {
  void startSearchEngine(lang).catch(() => undefined);
}
