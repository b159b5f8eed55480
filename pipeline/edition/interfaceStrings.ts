import { createInstance } from 'i18next';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import type { Strings } from '../../src/i18n/strings.ts';

/** The interface's strings, for what the build writes in words (heads, feeds): the same the reader sees. */
const STRINGS: Record<Lang, Strings> = { fr, en };

export const interfaceStrings = createInstance({
  resources: { fr: { translation: fr }, en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false },
});
void interfaceStrings.init();

/** A language's interface strings, which the build publishes for the browser to fetch. */
export const interfaceStringsOf = (lang: Lang): Strings => STRINGS[lang];
