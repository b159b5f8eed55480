import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { fr } from './fr.ts';
import { DEFAULT_LANG, type Lang } from './languages.ts';
import type { Strings } from './strings.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

export const i18n = i18next.createInstance();

// No strings at start: each language's arrive with its first page (see loadStrings.ts), so the app
// never carries a language the reader is not reading.
void i18n.use(initReactI18next).init({
  resources: {},
  lng: DEFAULT_LANG,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function hasStrings(lang: Lang): boolean {
  return i18n.hasResourceBundle(lang, 'translation');
}

export function addStrings(lang: Lang, strings: Strings): void {
  i18n.addResourceBundle(lang, 'translation', strings);
}
