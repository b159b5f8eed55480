import { searchIndexPath, type SearchMeta } from '../../content-api/search.ts';
import { otherLang, type Lang } from '../../i18n/languages.ts';
import { onceEach } from '../../shared/onceEach.ts';

// Pagefind's browser library, from the bundle the build writes per language (see
// pipeline/searchIndex.ts). It is fetched the first time a reader searches, never before.

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

/** The languages whose engine has the other language's index too. */
const merged = new Set<Lang>();

/**
 * The other language's index, added to `lang`'s engine once. A page's own index holds every story
 * that page's language shows, so it answers alone unless the reader typed the other language's
 * words: fetching the other's index (its page list alone is 60 KB at 10,000 stories) waits until a
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

/**
 * Whether some word of `query` is in no story of `lang`'s index. Pagefind leaves such a word out
 * of a query: on a French page, "Finnish counterpart" would find only the stories saying "fin", the
 * stem of "Finnish" there. So each word is asked alone; the whole query has already loaded their
 * index chunks, so this costs no bytes.
 */
async function hasUnknownWord(lang: Lang, query: string): Promise<boolean> {
  const words = query.split(/\s+/).filter(Boolean);
  const found = await Promise.all(words.map(async (word) => (await search(lang, word)).length > 0));
  return found.includes(false);
}

/** The best matches for `query`, most relevant first, with their data; `limit` caps what is read. */
export async function findStories(lang: Lang, query: string, limit: number): Promise<{ hits: PagefindHit[]; total: number }> {
  let results = await search(lang, query);
  // A full page of matches needs nothing more; otherwise the reader may have typed the other language.
  if (!merged.has(lang) && results.length < limit && (results.length === 0 || (await hasUnknownWord(lang, query)))) {
    // Offline with the other index never saved, there is simply nothing more to find.
    const added = await mergeOtherLanguage(lang).then(() => true, () => false);
    if (added) results = await search(lang, query);
  }
  return { hits: await Promise.all(results.slice(0, limit).map((result) => result.data())), total: results.length };
}
