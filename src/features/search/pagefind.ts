import { onNewEdition } from '../../content-api/editionChanges.ts';
import { fetchContent } from '../../content-api/fetchContent.ts';
import {
  PART_FILTER,
  searchIndexPath,
  searchPartsPath,
  type SearchMeta,
  type SearchParts,
} from '../../content-api/search.ts';
import { otherLang, type Lang } from '../../i18n/languages.ts';
import { onceEach } from '../../shared/onceEach.ts';
import { markedWords } from './excerpt.ts';
import { excerptShowing, queryWords, wordsMatched } from './matchedWords.ts';
import { recordAddress } from './recordAddress.ts';

// Pagefind's browser library, from the bundle the build writes per language (see
// pipeline/output/searchIndex.ts), with every part of that language's index merged into it. It is
// fetched the first time a reader searches, never before.

/** How many stories a search shows. */
export const RESULT_COUNT = 20;

export type PagefindHit = { url: string; excerpt: string; meta: SearchMeta };

/** What Pagefind reads of a record: the hit, and the record's whole text. */
export type PagefindData = PagefindHit & { content: string };

type Found = { results: { id: string; data: () => Promise<PagefindData> }[]; unfilteredResultCount: number };

/** One engine of Pagefind's (an instance: a new edition's is started beside the last one's, which is destroyed). */
type Pagefind = {
  options: (options: { excerptLength: number }) => Promise<void>;
  mergeIndex: (path: string, options: { language: Lang; mergeFilter: Record<string, string> }) => Promise<void>;
  search: (term: string, options: { filters: Record<string, { any: string[] }> }) => Promise<Found | null>;
  destroy: () => Promise<void>;
};

type PagefindLibrary = { createInstance: (options: { basePath: string }) => Pagefind };

/**
 * The engine, the filters of the index's parts, newest first, and the other language's index once a
 * query has needed it (mergeOtherLanguage).
 */
type Engine = { pagefind: Pagefind; parts: string[]; other?: Promise<boolean>; otherMerged?: boolean };

const partsOf = (lang: Lang) => fetchContent<SearchParts>(searchPartsPath(lang));

/**
 * Merges `lang`'s parts into the engine, newest first (Pagefind ranks ties in the order its indexes were merged), each
 * under its filter.
 */
async function mergeParts(pagefind: Pagefind, lang: Lang, parts: SearchParts): Promise<void> {
  await Promise.all(
    parts.map((part) =>
      pagefind.mergeIndex(`/${searchIndexPath(lang)}${part.path}`, {
        language: lang,
        mergeFilter: { [PART_FILTER]: part.filter },
      }),
    ),
  );
}

/** Starts the search engine of `lang`'s pages: Pagefind's library, and the edition's index parts merged into it. */
async function startEngine(lang: Lang): Promise<Engine> {
  // The address is computed, so the bundler leaves it alone: the library is the build's output.
  const [library, parts] = await Promise.all([
    import(/* @vite-ignore */ `/${searchIndexPath(lang)}pagefind.js`) as Promise<PagefindLibrary>,
    partsOf(lang),
  ]);
  const pagefind = library.createInstance({ basePath: `/${searchIndexPath(lang)}` });
  await pagefind.options({ excerptLength: 24 });
  await mergeParts(pagefind, lang, parts);
  return { pagefind, parts: parts.map((part) => part.filter) };
}

/** Each language's engine, started once (a failed start, offline say, is tried again next time). */
const engines = new Map<Lang, Promise<Engine>>();
const searchEngine = onceEach(startEngine, engines);

// A new edition has other stories, in other parts of the index: the next search starts an engine
// on them, and the engines of the edition before are let go.
onNewEdition(() => {
  const started = [...engines.values()];
  engines.clear();
  for (const engine of started) void engine.then(({ pagefind }) => pagefind.destroy()).catch(() => undefined);
});

/** Starts the engine of `lang`'s pages, once. */
export const startSearchEngine = (lang: Lang): Promise<unknown> => searchEngine(lang);

/**
 * The other language's index, added to `engine` once. A page's own index holds every story that
 * page's language shows, so it answers alone unless the reader typed the other language's words:
 * fetching the other's index (its page lists alone are 65 KB at 10,000 stories) waits until a query
 * has a word the page's language does not know. Its parts hold the same stories as this
 * language's, under the same filters. Resolves with whether it could be added (offline with it
 * never saved, there is simply nothing more to find), and is tried again after a failure.
 */
function mergeOtherLanguage(engine: Engine, lang: Lang): Promise<boolean> {
  engine.other ??= partsOf(otherLang(lang)).then(
    async (parts) => {
      await mergeParts(engine.pagefind, otherLang(lang), parts);
      engine.otherMerged = true;
      return true;
    },
    () => {
      engine.other = undefined;
      return false;
    },
  );
  return engine.other;
}

/** Up to this many matches in the whole index, ranking them all at once is quick (some 60 ms at 1,000). */
const FEW_MATCHES = 1000;

/**
 * Pagefind's matches for `query` in the newest parts of the index that hold `enough` of them (in
 * every part, when the whole index holds fewer), best first, and how many the whole index holds.
 * Ranking a word that every story has takes time in proportion to the stories it ranks: the newest
 * part alone answers it, and older parts are searched only while the page has room.
 */
async function search(
  engine: Engine,
  query: string,
  enough: number,
): Promise<{ results: Found['results']; total: number }> {
  const { pagefind, parts } = engine;
  let count = 1;
  while (parts.length > 0) {
    const found = await pagefind.search(query, { filters: { [PART_FILTER]: { any: parts.slice(0, count) } } });
    const results = found?.results ?? [];
    const total = found?.unfilteredResultCount ?? results.length;
    if (results.length >= enough || count >= parts.length) return { results, total };
    count = total <= FEW_MATCHES ? parts.length : count * 2;
  }
  return { results: [], total: 0 };
}

/**
 * Pagefind's best matches for `query`, read up to `limit`: those whose marks are forms of the typed
 * `words`, and which of those words `lang`'s own text has. A story `lang`'s pages show in its
 * original (an English-only dispatch on a French page) is found at the original's address: its
 * words are the other language's, so they do not show that the reader typed this language's.
 */
async function matchesOf(engine: Engine, lang: Lang, query: string, words: string[], limit: number) {
  const { results, total } = await search(engine, query, limit);
  const read = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const hits: PagefindHit[] = [];
  const found = new Set<string>();
  for (const data of read) {
    const hit = withTypedWordsShown(data, words);
    const matched = wordsMatched(markedWords(hit.excerpt), words);
    if (matched.size === 0) continue;
    hits.push(hit);
    if (recordAddress(hit.url).lang === lang) for (const word of matched) found.add(word);
  }
  return { hits, found, more: total > limit };
}

/**
 * The hit, its excerpt showing a word the reader typed: Pagefind's, when it marks one of them for
 * each typed word the record's text has; otherwise one cut out of the text around such a word
 * (matchedWords.ts).
 */
export function withTypedWordsShown({ url, excerpt, meta, content }: PagefindData, words: string[]): PagefindHit {
  const shown = wordsMatched(markedWords(excerpt), words);
  const inText = wordsMatched(content.split(/\s+/), words);
  if ([...inText].every((word) => shown.has(word))) return { url, excerpt, meta };
  const missing = [...inText].filter((word) => !shown.has(word));
  return { url, excerpt: excerptShowing(content, words, missing) ?? excerpt, meta };
}

/**
 * The best matches for `query`, most relevant first, with their data (at most `limit`), and
 * whether there are more. The page's language's index answers alone when it knows every word typed
 * or fills the page; otherwise the reader may have typed the other language's words, and its
 * index is merged in.
 */
export async function findStories(
  lang: Lang,
  query: string,
  limit: number,
): Promise<{ hits: PagefindHit[]; more: boolean }> {
  const words = queryWords(query);
  const engine = await searchEngine(lang);
  let matches = await matchesOf(engine, lang, query, words, limit);
  const answered = matches.hits.length >= limit || words.every((word) => matches.found.has(word));
  if (!answered && !engine.otherMerged && (await mergeOtherLanguage(engine, lang))) {
    matches = await matchesOf(engine, lang, query, words, limit);
  }
  return { hits: matches.hits, more: matches.more };
}
