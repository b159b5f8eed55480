import { searchIndexPath, type SearchMeta } from '../../content-api/search.ts';
import { otherLang, type Lang } from '../../i18n/languages.ts';

// Pagefind's browser library, from the bundle the build writes per language (see
// pipeline/searchIndex.ts). It is fetched the first time a reader searches, never before.

export type PagefindHit = { url: string; excerpt: string; meta: SearchMeta };

type Pagefind = {
  options: (options: { basePath: string; excerptLength: number }) => Promise<void>;
  mergeIndex: (path: string, options: { language: Lang }) => Promise<void>;
  search: (term: string) => Promise<{ results: { id: string; data: () => Promise<PagefindHit> }[] } | null>;
};

const engines = new Map<Lang, Promise<Pagefind>>();

async function startEngine(lang: Lang): Promise<Pagefind> {
  // The address is computed, so the bundler leaves it alone: the library is the build's output.
  const engine = (await import(/* @vite-ignore */ `/${searchIndexPath(lang)}pagefind.js`)) as Pagefind;
  await engine.options({ basePath: `/${searchIndexPath(lang)}`, excerptLength: 24 });
  // The other language's index too: a query in either language finds the story.
  await engine.mergeIndex(`/${searchIndexPath(otherLang(lang))}`, { language: otherLang(lang) });
  return engine;
}

/** The search engine of `lang`'s pages, started once; a failed start (offline, say) is tried again next time. */
function searchEngine(lang: Lang): Promise<Pagefind> {
  let engine = engines.get(lang);
  if (!engine) {
    engine = startEngine(lang);
    engines.set(lang, engine);
    engine.catch(() => engines.delete(lang));
  }
  return engine;
}

/** The best matches for `query` in both languages, most relevant first, with their data; `limit` caps what is read. */
export async function findStories(lang: Lang, query: string, limit: number): Promise<{ hits: PagefindHit[]; total: number }> {
  const engine = await searchEngine(lang);
  const found = await engine.search(query);
  const results = found?.results ?? [];
  return { hits: await Promise.all(results.slice(0, limit).map((result) => result.data())), total: results.length };
}
