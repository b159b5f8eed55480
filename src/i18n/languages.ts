// The languages, and what of them the browser needs: their codes, their names, their word for
// search. What else differs by language is in one typed record per language, read by the build
// alone (languageConfig.ts, as BBC's Simorgh has one config per service), and in the interface
// strings (fr.ts, en.ts). Adding a language means adding it here, its record, its strings and its
// content; the router, the language switch and the tests take it from there.

export const LANGS = ['fr', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/**
 * Where a reader with no saved choice and no matching browser language goes; also the interface's language before a
 * page names one.
 */
export const DEFAULT_LANG: Lang = 'fr';

/**
 * Each language's name in itself, as the language switch shows it. It ships with the app, whereas
 * each language's interface strings are fetched when a page in that language needs them.
 */
export const LANGUAGE_NAME: Record<Lang, string> = { fr: 'Français', en: 'English' };

/** The last segment of the search page's address, in the language's own word (`/fr/recherche`, `/en/search`). */
export const SEARCH_SEGMENT: Record<Lang, string> = { fr: 'recherche', en: 'search' };

/** Each language's word for search, each once (`recherche`, `search`). */
export const searchWords = (): string[] => [...new Set(Object.values(SEARCH_SEGMENT))];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language a reader of `lang` is offered beside it: side by side, per-paragraph translations, the idle prefetch.
 */
export function otherLang(lang: Lang): Lang {
  return LANGS.find((candidate) => candidate !== lang) ?? lang;
}

/** One value per language, e.g. the URL of a page in each. */
export function perLang<T>(valueFor: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, valueFor(lang)])) as Record<Lang, T>;
}
