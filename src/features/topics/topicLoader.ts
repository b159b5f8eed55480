import type { QueryClient } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs } from 'react-router';
import { isLang, perLang, type Lang } from '../../i18n/languages.ts';
import { isWellFormedSlug, topicUrl } from '../../content-api/paths.ts';
import { loadQuery, topicQuery } from '../../content-api/queries.ts';
import { readPageNumber } from '../../shared/pageNumber.ts';
import { notFound, orNotFound, type PageData } from '../../shared/routing.ts';

export type TopicParams = { lang: Lang; slug: string; page: number };

/** Reads `/:lang/topics/:slug?page=N`; undefined when the URL names no topic page. */
export function readTopicParams(
  params: { lang?: string; slug?: string },
  search: URLSearchParams,
): TopicParams | undefined {
  const { lang, slug } = params;
  const page = readPageNumber(search);
  return isLang(lang) && slug && isWellFormedSlug(slug) && page ? { lang, slug, page } : undefined;
}

/** Starts the topic page's fetch before render; another language's slug redirects (replace) to this language's. */
export function topicLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<PageData> => {
    const target = readTopicParams(params, new URL(request.url).searchParams);
    if (!target) throw notFound();
    const resource = await orNotFound(loadQuery(queryClient, topicQuery(target.lang, target.slug, target.page)));
    if (resource.type === 'redirect') throw replace(topicUrl(target.lang, resource.slug, target.page));
    const { slugs } = resource.view;
    return { urls: perLang((lang) => topicUrl(lang, slugs[lang], target.page)) };
  };
}
