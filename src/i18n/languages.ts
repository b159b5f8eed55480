// Everything that differs by language, in one typed record per language (as BBC's Simorgh has one
// config per service). Adding a language means adding its record here, its interface strings
// beside fr.ts and en.ts, and its content. Elsewhere, only the server entry and the tests name
// a language: the entry loads every language's strings for prerendering.

export const LANGS = ['fr', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** Where a reader with no saved choice and no matching browser language goes; also the interface's language before a page names one. */
export const DEFAULT_LANG: Lang = 'fr';

export type LanguageConfig = {
  /** Open Graph locale of pages in this language. */
  ogLocale: string;
  /** Average silent reading speed of non-fiction, in words per minute (for reading times). */
  wordsPerMinute: number;
  /** The edition's wire source, credited when an import names none. */
  wireCredit: string;
  /** How wire copy in this language introduces a related story, as in ">>Lire aussi : <headline>". */
  readAlsoLabel: string;
  /** What search engines and link previews say of the site, and the front page's title. */
  siteDescription: string;
  frontPageTitle: string;
  /** The title of the language's feed of the latest stories. */
  feedTitle: string;
  /** What search engines and link previews say of a topic's page. */
  topicDescription: (topic: string) => string;
};

// Only the build reads these records (heads, imports, reading times), so none of it ships to the
// browser; what the interface says lives in the strings beside this file.

// Reading speeds: Brysbaert (2019) for English, Trauzettel-Klosinski et al. (2012) for French.
export const LANGUAGES: Record<Lang, LanguageConfig> = {
  fr: {
    ogLocale: 'fr_FR',
    wordsPerMinute: 195,
    wireCredit: 'Presse marocaine',
    readAlsoLabel: 'Lire aussi',
    siteDescription:
      'Kiosque, l’actualité en français et en anglais : chaque article dans les deux langues, côte à côte si vous le souhaitez.',
    frontPageTitle: 'À la une',
    feedTitle: 'Kiosque — À la une',
    topicDescription: (topic) => `Les articles de Kiosque sur le sujet « ${topic} », en français et en anglais.`,
  },
  en: {
    ogLocale: 'en_GB',
    wordsPerMinute: 238,
    wireCredit: 'Moroccan press',
    readAlsoLabel: 'Read also',
    siteDescription: 'Kiosque, the news in French and English: every story in both languages, side by side if you like.',
    frontPageTitle: 'Front page',
    feedTitle: 'Kiosque — Top stories',
    topicDescription: (topic) => `Kiosque's stories on ${topic}, in French and English.`,
  },
};

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

/** The language a reader of `lang` is offered beside it: side by side, per-paragraph translations, the idle prefetch. */
export function otherLang(lang: Lang): Lang {
  return LANGS.find((candidate) => candidate !== lang) ?? lang;
}

/** One value per language, e.g. the URL of a page in each. */
export function perLang<T>(valueFor: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, valueFor(lang)])) as Record<Lang, T>;
}
