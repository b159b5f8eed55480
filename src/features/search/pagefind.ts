import { searchIndexPath, type SearchMeta } from '../../content-api/search.ts';
import { otherLang, type Lang } from '../../i18n/languages.ts';
import { onceEach } from '../../shared/onceEach.ts';
import { markedWords } from './excerpt.ts';
import { queryWords, wordsMatched } from './matchedWords.ts';

// Pagefind's browser library, from the bundle the build writes per language (see
// pipeline/output/searchIndex.ts). It is fetched the first time a reader searches, never before.

export type PagefindHit = { url: string; excerpt: string; meta: SearchMeta };

type Pagefind = {
  options: (options: { basePath: string; excerptLength: number }) => Promise<void>;
  mergeIndex: (path: string, options: { language: Lang }) => Promise<void>;
  search: (term: string) => Promise<{ results: { id: string; data: () => Promise<PagefindHit> }[] } | null>;
};

/** The search engine of `lang`'s pages, started once; a failed start (offline, say) is tried again next time. */
const searchEngine = onceEach(async (lang: Lang): Promise<Pagefind> => {
  // The address is computed, so the bundler leaves it alone: the library is the build's output.
  const engine = (await import(/* @vite-ignore */ `/${searchIndexPath(lang)}pagefind.js`)) as Pagefind;
  await engine.options({ basePath: `/${searchIndexPath(lang)}`, excerptLength: 24 });
  return engine;
});

/** Starts the engine of `lang`'s pages, once. */
export const startSearchEngine = (lang: Lang): Promise<unknown> => searchEngine(lang);

/** The languages whose engine has the other language's index too. */
const merged = new Set<Lang>();

/**
 * The other language's index, added to `lang`'s engine once. A page's own index holds every story
 * that page's language shows, so it answers alone unless the reader typed the other language's
 * words: fetching the other's index (its page list alone is 65 KB at 10,000 stories) waits until a
 * query has a word the page's language does not know.
 */
const mergeOtherLanguage = onceEach(async (lang: Lang): Promise<void> => {
  const other = otherLang(lang);
  await (await searchEngine(lang)).mergeIndex(`/${searchIndexPath(other)}`, { language: other });
  merged.add(lang);
});

async function search(lang: Lang, query: string) {
  const found = await (await searchEngine(lang)).search(query);
  return found?.results ?? [];
}

/** Pagefind's best matches for `query`, read up to `limit`: those whose marks are forms of the typed `words`, and which words those are. */
async function matchesOf(lang: Lang, query: string, words: string[], limit: number) {
  const results = await search(lang, query);
  const read = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const hits: PagefindHit[] = [];
  const found = new Set<string>();
  for (const hit of read) {
    const matched = wordsMatched(markedWords(hit.excerpt), words);
    if (matched.size === 0) continue;
    hits.push(hit);
    for (const word of matched) found.add(word);
  }
  return { hits, found, more: results.length > limit };
}

/**
 * The best matches for `query`, most relevant first, with their data (at most `limit`), and
 * whether there are more. The page's language's index answers alone when it knows every word typed
 * or fills the page; otherwise the reader may have typed the other language's words, and its
 * index is merged in.
 */
export async function findStories(lang: Lang, query: string, limit: number): Promise<{ hits: PagefindHit[]; more: boolean }> {
  const words = queryWords(query);
  let matches = await matchesOf(lang, query, words, limit);
  const answered = matches.hits.length >= limit || words.every((word) => matches.found.has(word));
  if (!answered && !merged.has(lang)) {
    // Offline with the other index never saved, there is simply nothing more to find.
    const added = await mergeOtherLanguage(lang).then(
      () => true,
      () => false,
    );
    if (added) matches = await matchesOf(lang, query, words, limit);
  }
  return { hits: matches.hits, more: matches.more };
}
