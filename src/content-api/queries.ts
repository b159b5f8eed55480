import { queryOptions, type FetchQueryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { ContentNotFoundError, fetchContent } from './fetchContent.ts';
import type { Lang } from '../i18n/languages.ts';
import { articleResourcePath, frontPageResourcePath, topicResourcePath } from './paths.ts';
import type { ArticleResource, FrontPageView, TopicResource } from './published.ts';
import { articleKey, frontPageKey, topicKey } from './queryKeys.ts';

// One query per published resource. Content never changes within an edition: the query client
// (app/queryClient.ts) keeps it until the app learns of a new edition (app/freshness.ts), which
// makes every query stale, so that the next navigation to it asks again (loadQuery).

export function articleQuery(lang: Lang, slug: string) {
  return queryOptions({
    queryKey: articleKey(lang, slug),
    queryFn: () => fetchContent<ArticleResource>(articleResourcePath(lang, slug)),
  });
}

export function frontPageQuery(lang: Lang, page: number) {
  return queryOptions({
    queryKey: frontPageKey(lang, page),
    queryFn: () => fetchContent<FrontPageView>(frontPageResourcePath(lang, page)),
  });
}

export function topicQuery(lang: Lang, slug: string, page: number) {
  return queryOptions({
    queryKey: topicKey(lang, slug, page),
    queryFn: () => fetchContent<TopicResource>(topicResourcePath(lang, slug, page)),
  });
}

/**
 * A query's data for a page about to render: the cached data unless a new edition has made it
 * stale, else fetched again. A fetch that fails short of an answer (offline, with no saved copy)
 * leaves the cached data, older or not, to show; a story the edition no longer has is not found,
 * whatever was cached.
 */
export async function loadQuery<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<T, Error, T, K>,
): Promise<T> {
  try {
    return await queryClient.fetchQuery(options);
  } catch (error) {
    const cached = queryClient.getQueryData<T>(options.queryKey);
    if (cached === undefined || error instanceof ContentNotFoundError) throw error;
    return cached;
  }
}
