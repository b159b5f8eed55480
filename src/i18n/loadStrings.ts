import { fetchContent } from '../content-api/fetchContent.ts';
import { stringsResourcePath } from '../content-api/paths.ts';
import { onceEach } from '../shared/onceEach.ts';
import { addStrings, hasStrings } from './i18n.ts';
import type { Lang } from './languages.ts';
import type { Strings } from './strings.ts';

const fetchStrings = onceEach((lang: Lang) =>
  fetchContent<Strings>(stringsResourcePath(lang)).then((strings) => addStrings(lang, strings)),
);

/**
 * Makes `lang`'s interface strings available: at once when the page came with them (prerendered) or
 * they were fetched before; otherwise fetched, once. A failed fetch is tried again next time.
 */
export function ensureStrings(lang: Lang): Promise<void> {
  return hasStrings(lang) ? Promise.resolve() : fetchStrings(lang);
}
