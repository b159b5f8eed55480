import { queryOptions } from '@tanstack/react-query';
import { fetchContent } from './fetchContent.ts';
import type { Lang } from '../i18n/languages.ts';
import { articleResourcePath, frontPageResourcePath } from './paths.ts';
import type { ArticleResource, FrontPageView } from './published.ts';

// One query per published resource. Content never changes while the app runs: the query client
// (app/queryClient.ts) keeps it fresh forever.

export function articleQuery(lang: Lang, slug: string) {
  return queryOptions({
    queryKey: ['article', lang, slug] as const,
    queryFn: () => fetchContent<ArticleResource>(articleResourcePath(lang, slug)),
  });
}

export function frontPageQuery(lang: Lang, page: number) {
  return queryOptions({
    queryKey: ['front-page', lang, page] as const,
    queryFn: () => fetchContent<FrontPageView>(frontPageResourcePath(lang, page)),
  });
}
