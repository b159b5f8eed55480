import type { Lang } from '../i18n/languages.ts';

// What the search index (pipeline/output/searchIndex.ts) holds for each story, and where it lives.

/** Each language's Pagefind bundle, under the site's root. */
export const searchIndexPath = (lang: Lang) => `pagefind/${lang}/`;

/**
 * A record's metadata, in the record's own language: its headline and its kind's label. Pagefind
 * searches metadata too, so nothing of another language goes here; a result found in the other
 * language is shown from the story's own data (see features/search).
 */
export type SearchMeta = { title: string; kind: string };
