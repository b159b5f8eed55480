import { DEFAULT_LANG, LANGS, type Lang } from '../../i18n/languages.ts';
import { readPreference, writePreference, type Preference } from '../../shared/preferences.ts';

export const LANG_PREFERENCE: Preference<Lang> = { key: 'kiosque.lang', values: LANGS };

export function readStoredLang(): Lang | undefined {
  return readPreference(LANG_PREFERENCE);
}

export function storeLang(lang: Lang): void {
  writePreference(LANG_PREFERENCE, lang);
}

/** The first of the browser's languages that Kiosque speaks, matched on the primary subtag (fr-CA is fr). */
export function matchBrowserLang(languages: readonly string[]): Lang | undefined {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    const lang = LANGS.find((candidate) => candidate === primary);
    if (lang) return lang;
  }
  return undefined;
}

/** Where `/` sends a reader: their saved choice, else their browser's languages, else the default language. */
export function preferredLang(
  stored: Lang | undefined = readStoredLang(),
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Lang {
  return stored ?? matchBrowserLang(languages) ?? DEFAULT_LANG;
}
