import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { DEFAULT_LANG } from './languages.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

export const i18n = i18next.createInstance();

// Both languages' strings ship in the bundle (a few hundred bytes each), so initialisation is
// synchronous and a language switch never waits for a download.
void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: DEFAULT_LANG,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
});
