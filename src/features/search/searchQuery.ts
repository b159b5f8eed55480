import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { articleUrl } from '../../content-api/paths.ts';
import type { ArticleView } from '../../content-api/published.ts';
import { articleQuery, loadQuery } from '../../content-api/queries.ts';
import { i18n } from '../../i18n/i18n.ts';
import type { Lang } from '../../i18n/languages.ts';
import { asPassage, markWords, parseExcerpt, withoutHeadline, type ExcerptPart } from './excerpt.ts';
import { findStories, RESULT_COUNT, type PagefindHit } from './pagefind.ts';
import { recordAddress } from './recordAddress.ts';

export type SearchResult = {
  /** The story in the page's language: its address, headline, kind and the language its text is in. */
  url: string;
  headline: string;
  /** The headline, the words that matched marked: the excerpt leaves the headline out. */
  markedHeadline: ExcerptPart[];
  kind: string;
  contentLang: Lang;
  /** The language whose text matched; when the story is shown in another, `excerpt` is its summary, unmarked. */
  matchedIn: Lang;
  excerpt: ExcerptPart[];
};

export type SearchResults = { results: SearchResult[]; more: boolean };

async function articleAt(client: QueryClient, lang: Lang, slug: string): Promise<ArticleView> {
  const resource = await loadQuery(client, articleQuery(lang, slug));
  return resource.type === 'article' ? resource.article : articleAt(client, lang, resource.slug);
}

/**
 * The story as the page's language shows it, found through the version that matched, whose data
 * names its slug in every language: both are files the offline edition keeps (a slug of one
 * language under the other's address is only a redirect, which it does not).
 */
async function storyIn(client: QueryClient, lang: Lang, record: { lang: Lang; slug: string }): Promise<ArticleView> {
  const matched = await articleAt(client, record.lang, record.slug);
  return articleAt(client, lang, matched.slugs[lang]);
}

async function resultIn(client: QueryClient, lang: Lang, { url, excerpt, meta }: PagefindHit): Promise<SearchResult> {
  const record = recordAddress(url);
  const found = parseExcerpt(excerpt);
  const marked = (headline: string) =>
    markWords(
      headline,
      found.filter((part) => part.match).map((part) => part.text),
    );
  const passage = asPassage(withoutHeadline(found, meta.title));
  if (record.lang === lang)
    return {
      url,
      headline: meta.title,
      markedHeadline: marked(meta.title),
      kind: meta.kind,
      contentLang: lang,
      matchedIn: lang,
      excerpt: passage,
    };
  // Found in the other language: shown as this language's page shows the story.
  const story = await storyIn(client, lang, record);
  const summary = story.standfirst ?? story.blocks.find((block) => block.type === 'paragraph')?.text ?? '';
  return {
    url: articleUrl(lang, story.slug),
    headline: story.headline,
    markedHeadline:
      story.contentLang === record.lang ? marked(story.headline) : [{ text: story.headline, match: false }],
    kind: i18n.getFixedT(lang)(`kind.${story.kind}`),
    contentLang: story.contentLang,
    matchedIn: record.lang,
    excerpt: story.contentLang === record.lang ? passage : [{ text: summary, match: false }],
  };
}

/**
 * Matches in the page's language first, in Pagefind's order; then, while the page has room, stories
 * found only in the other language, each read once from its own data and shown once.
 */
async function resultsIn(client: QueryClient, lang: Lang, hits: PagefindHit[]): Promise<SearchResult[]> {
  const own = hits.filter((hit) => recordAddress(hit.url).lang === lang);
  const results = new Map<string, SearchResult>();
  for (const hit of own) results.set(hit.url, await resultIn(client, lang, hit));
  const others = hits.filter((hit) => !own.includes(hit));
  while (results.size < RESULT_COUNT && others.length > 0) {
    const batch = others.splice(0, RESULT_COUNT - results.size);
    // A story whose own data cannot be had (offline, not saved) is left out rather than failing the search.
    const found = await Promise.all(batch.map((hit) => resultIn(client, lang, hit).catch(() => undefined)));
    for (const result of found) if (result && !results.has(result.url)) results.set(result.url, result);
  }
  return [...results.values()];
}

export function searchQuery(lang: Lang, query: string) {
  return queryOptions({
    queryKey: ['search', lang, query] as const,
    queryFn: async ({ client }): Promise<SearchResults> => {
      // Each result's data is a fetch of its own: only as many as the page shows are read.
      const { hits, more } = await findStories(lang, query, RESULT_COUNT);
      // At most RESULT_COUNT hits, each shown once: whether there are more is Pagefind's to say.
      return { results: await resultsIn(client, lang, hits), more };
    },
  });
}
