import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from './fetchContent.ts';
import type { Lang } from '../i18n/languages.ts';
import { articleResourcePath, frontPageResourcePath, topicResourcePath } from './paths.ts';
import type { ArticleResource, FrontPageView, TopicResource } from './published.ts';
import { articleKey, frontPageKey, topicKey } from './queryKeys.ts';

// One query per published resource. Content never changes while the app runs: the query client
// (app/queryClient.ts) keeps it fresh forever.

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
