import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { fr } from './fr.ts';
import { DEFAULT_LANG, LANGS, type Lang } from './languages.ts';
import type { Strings } from './strings.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

export const i18n = i18next.createInstance();

let setUp = false;

/**
 * Sets i18next up, once: the app calls it in a task of its own at start. No strings at start: each
 * language's arrive with its first page (see loadStrings.ts), so the app never carries a language
 * the reader is not reading.
 */
export function setUpI18n(): void {
  if (setUp) return;
  setUp = true;
  void i18n.use(initReactI18next).init({
    resources: {},
    lng: DEFAULT_LANG,
    // A string a language does not have yet (its strings could not be fetched) is said in one it has.
    fallbackLng: [...LANGS],
    initAsync: false,
    interpolation: { escapeValue: false },
    // Strings that arrive after a component rendered (another language's, fetched when idle)
    // re-render it. A change of language does not: every string is asked for in the page's
    // language (lang.tsx), so the switch renders once, in the commit that changes the page.
    react: { bindI18n: '', bindI18nStore: 'added' },
  });
}

/** The languages whose strings are all here (a page may come with only some of another's). */
const complete = new Set<Lang>();

export function hasStrings(lang: Lang): boolean {
  return complete.has(lang);
}

export function addStrings(lang: Lang, strings: Partial<Strings>, all = true): void {
  setUpI18n();
  i18n.addResourceBundle(lang, 'translation', strings, true, true);
  if (all) complete.add(lang);
}
