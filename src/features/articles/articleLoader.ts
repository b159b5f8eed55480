import type { QueryClient } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs } from 'react-router';
import { ContentNotFoundError } from '../../content/fetchContent.ts';
import { isLang, LANGS, otherLang, type Lang } from '../../content/languages.ts';
import { articleUrl, isWellFormedSlug } from '../../content/paths.ts';
import type { ArticleResource, ArticleView } from '../../content/published.ts';
import { articleQuery } from '../../content/queries.ts';
import { readPreference } from '../../ui/preference.ts';
import { notFound, type Alternates, type PageData } from '../../ui/routing.ts';
import { READING_MODE } from './readingMode.ts';

async function loadArticle(queryClient: QueryClient, lang: Lang, slug: string): Promise<ArticleResource> {
  try {
    return await queryClient.ensureQueryData(articleQuery(lang, slug));
  } catch (error) {
    if (error instanceof ContentNotFoundError) throw notFound();
    throw error;
  }
}

/** The `#p3` of the URL being opened: loaders never see the hash, but on a first load it is the document's. */
function documentHash(request: Request): string {
  return typeof window !== 'undefined' && window.location.pathname === new URL(request.url).pathname ? window.location.hash : '';
}

/** A reader who reads side by side gets both versions before the page renders, so nothing pops in. */
async function loadTranslationIfShown(queryClient: QueryClient, article: ArticleView) {
  const other = otherLang(article.lang);
  if (readPreference(READING_MODE) !== 'sideBySide' || !article.available.includes(other)) return;
  await queryClient.ensureQueryData(articleQuery(other, article.alternates[other])).catch(() => undefined);
}

/** Starts the article's fetch before render; another language's slug redirects (replace) to this language's. */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<PageData> => {
    const { lang, slug } = params;
    if (!isLang(lang) || !slug || !isWellFormedSlug(slug)) throw notFound();
    const resource = await loadArticle(queryClient, lang, slug);
    if (resource.type === 'redirect') throw replace(`${articleUrl(lang, resource.slug)}${documentHash(request)}`);
    const { article } = resource;
    await loadTranslationIfShown(queryClient, article);
    return {
      alternates: Object.fromEntries(LANGS.map((l) => [l, articleUrl(l, article.alternates[l])])) as Alternates,
      unavailable: LANGS.filter((l) => !article.available.includes(l)),
    };
  };
}
