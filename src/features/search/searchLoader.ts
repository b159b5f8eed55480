import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { readSearchQuery, searchUrl } from '../../content-api/paths.ts';
import { loadQuery } from '../../content-api/queries.ts';
import { isLang, perLang } from '../../i18n/languages.ts';
import { notFound, type PageData } from '../../shared/routing.ts';
import { searchQuery } from './searchQuery.ts';

/** Runs the search before render, so that the results arrive with the page; the address keeps the query. */
export function searchLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<PageData> => {
    const url = new URL(request.url);
    if (!isLang(params.lang)) throw notFound();
    const query = readSearchQuery(url.searchParams);
    // Each language's search page is at its own word: /fr/search leads to /fr/recherche. (The
    // router follows a thrown redirect response; its own helper would cost the first view an export.)
    if (url.pathname !== searchUrl(params.lang))
      throw new Response(null, { status: 302, headers: { Location: searchUrl(params.lang, query) } });
    if (query) await loadQuery(queryClient, searchQuery(params.lang, query));
    return { urls: perLang((lang) => searchUrl(lang, query)) };
  };
}
