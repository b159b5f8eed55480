import { redirect, type LoaderFunctionArgs } from 'react-router';
import { frontPageUrl, readSearchQuery, searchUrl } from '../../content-api/paths.ts';
import { preferredLang } from './languagePreference.ts';

/** `/` has no page of its own: it sends the reader to the front page in their language. */
export function redirectToPreferredLang() {
  return redirect(frontPageUrl(preferredLang()));
}

/** A search with no language (`/search?q=…`) goes on to the search page in the reader's language, the query kept. */
export function redirectToPreferredSearch({ request }: LoaderFunctionArgs) {
  return redirect(searchUrl(preferredLang(), readSearchQuery(new URL(request.url).searchParams)));
}
