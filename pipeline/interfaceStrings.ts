import { createInstance } from 'i18next';
import { en } from '../src/i18n/en.ts';
import { fr } from '../src/i18n/fr.ts';

/** The interface's strings, for what the build writes in words (heads, feeds): the same the reader sees. */
export const interfaceStrings = createInstance({ resources: { fr: { translation: fr }, en: { translation: en } }, initAsync: false, interpolation: { escapeValue: false } });
void interfaceStrings.init();
