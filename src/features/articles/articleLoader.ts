import type { QueryClient } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs } from 'react-router';
import { isLang, otherLang, perLang } from '../../i18n/languages.ts';
import { articleUrl, isWellFormedSlug } from '../../content-api/paths.ts';
import type { ArticleView } from '../../content-api/published.ts';
import { articleQuery, loadQuery } from '../../content-api/queries.ts';
import { readPreference } from '../../shared/preferences.ts';
import { notFound, orNotFound, type PageData } from '../../shared/routing.ts';
import { READING_MODE } from './readingMode.ts';

/** The `#p3` of the URL being opened: loaders never see the hash, but on a first load it is the document's. */
function documentHash(request: Request): string {
  return typeof window !== 'undefined' && window.location.pathname === new URL(request.url).pathname
    ? window.location.hash
    : '';
}

/** A reader who reads side by side gets both versions before the page renders, so nothing pops in. */
async function loadTranslationIfShown(queryClient: QueryClient, article: ArticleView) {
  const other = otherLang(article.lang);
  if (readPreference(READING_MODE) !== 'sideBySide' || !article.available.includes(other)) return;
  await loadQuery(queryClient, articleQuery(other, article.slugs[other])).catch(() => undefined);
}

/** Starts the article's fetch before render; another language's slug redirects (replace) to this language's. */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<PageData> => {
    const { lang, slug } = params;
    if (!isLang(lang) || !slug || !isWellFormedSlug(slug)) throw notFound();
    const resource = await orNotFound(loadQuery(queryClient, articleQuery(lang, slug)));
    if (resource.type === 'redirect') throw replace(`${articleUrl(lang, resource.slug)}${documentHash(request)}`);
    const { article } = resource;
    await loadTranslationIfShown(queryClient, article);
    return {
      urls: perLang((l) => articleUrl(l, article.slugs[l])),
      available: article.available,
    };
  };
}
