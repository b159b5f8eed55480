import type { Lang } from '../i18n/languages.ts';
import type { ArticleKind } from './published.ts';

// What the search index (pipeline/searchIndex.ts) holds for each story, and where it lives.

/** Each language's Pagefind bundle, under the site's root. */
export const searchIndexPath = (lang: Lang) => `pagefind/${lang}/`;

type PerLanguage<Key extends string, Value> = { [L in Lang as `${Key}_${L}`]: [Value] };

/**
 * What a result says of its story beyond its own text: its id and kind, and in each language its
 * headline, address, summary and the language its text is in, so that a match in one language is
 * shown in the page's. Pagefind makes metadata searchable, which would let one language's words
 * find the other's record; filters are not searched, so these travel as one-value filters.
 */
export type SearchFilters = { id: [string]; kind: [ArticleKind] } & PerLanguage<'title', string> &
  PerLanguage<'url', string> &
  PerLanguage<'summary', string> &
  PerLanguage<'lang', Lang>;
