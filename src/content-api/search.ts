import type { Lang } from '../i18n/languages.ts';

// What the search index (pipeline/output/searchIndex.ts) holds for each story, and where it lives.

/**
 * Each language's Pagefind bundle, under the site's root: the library, and the index's parts in folders of their own.
 */
export const searchIndexPath = (lang: Lang) => `pagefind/${lang}/`;

/** A word with its ligatures spelled out ("coeur" for "cœur"), as readers type it: the index and the app compare so. */
export const spelledOut = (text: string) =>
  text.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/Œ/g, 'Oe').replace(/Æ/g, 'Ae');

/** The file that lists a language's index parts. */
export const searchPartsPath = (lang: Lang) => `${searchIndexPath(lang)}parts.json`;

/**
 * The parts of a language's index, newest stories first: each is merged into the engine from its
 * folder (`path`, under the bundle), and a search asks for its stories by `filter`. The same part
 * of both languages' indexes holds the same stories, under the same filter.
 */
export type SearchParts = { path: string; filter: string }[];

/**
 * The filter (Pagefind's) that names a record's part: given to a part's records as the browser merges it (Pagefind's
 * `mergeFilter`).
 */
export const PART_FILTER = 'part';

/**
 * A record's metadata, in the record's own language: its headline and its kind's label. Pagefind
 * searches metadata too, so nothing of another language goes here; a result found in the other
 * language is shown from the story's own data (see features/search).
 */
export type SearchMeta = {
  title: string;
  kind: string;
  /**
   * The text's words as a reader may type them where Pagefind reads them otherwise, each once: what
   * follows an apostrophe inside a word ("Intérieur" of "l’Intérieur"), a ligature spelled out
   * ("coeur" of "cœur"). See pipeline/output/searchVariants.ts. The excerpt is made from the text,
   * which keeps them as written.
   */
  variants?: string;
};
