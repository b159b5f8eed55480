import { queryOptions } from '@tanstack/react-query';
import type { ArticleKind } from '../../content-api/published.ts';
import { otherLang, type Lang } from '../../i18n/languages.ts';
import { parseExcerpt, type ExcerptPart } from './excerpt.ts';
import { findStories } from './pagefind.ts';

/** How many stories a search shows. */
export const RESULT_COUNT = 20;

export type SearchResult = {
  id: string;
  kind: ArticleKind;
  /** The story in the page's language: its address, headline and the language that headline is in. */
  url: string;
  headline: string;
  contentLang: Lang;
  /** The language whose text matched; when the story is shown in another, `excerpt` is its summary, unmarked. */
  matchedIn: Lang;
  excerpt: ExcerptPart[];
};

export type SearchResults = { results: SearchResult[]; more: boolean };

type Hit = Awaited<ReturnType<typeof findStories>>['hits'][number];

function resultIn(lang: Lang, { url, excerpt, filters }: Hit): SearchResult {
  // Each record lives at its own language's address.
  const matchedIn = url.startsWith(`/${lang}/`) ? lang : otherLang(lang);
  const [contentLang] = filters[`lang_${lang}`];
  return {
    id: filters.id[0],
    kind: filters.kind[0],
    url: filters[`url_${lang}`][0],
    headline: filters[`title_${lang}`][0],
    contentLang,
    matchedIn,
    excerpt: matchedIn === contentLang ? parseExcerpt(excerpt) : [{ text: filters[`summary_${lang}`][0], match: false }],
  };
}

/** Each story once; a match in the text the page shows wins over one in the other language. */
function distinctStories(lang: Lang, hits: Hit[]): SearchResult[] {
  const byId = new Map<string, SearchResult>();
  for (const hit of hits) {
    const result = resultIn(lang, hit);
    const seen = byId.get(result.id);
    if (!seen || (seen.matchedIn !== seen.contentLang && result.matchedIn === result.contentLang)) byId.set(result.id, result);
  }
  return [...byId.values()];
}

export function searchQuery(lang: Lang, query: string) {
  return queryOptions({
    queryKey: ['search', lang, query] as const,
    queryFn: async (): Promise<SearchResults> => {
      // Each story can match in both languages: read twice as many to show `RESULT_COUNT` stories.
      const { hits, total } = await findStories(lang, query, RESULT_COUNT * 2);
      const results = distinctStories(lang, hits);
      return { results: results.slice(0, RESULT_COUNT), more: results.length > RESULT_COUNT || total > hits.length };
    },
  });
}
