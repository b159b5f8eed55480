import { fetchContent } from '../content-api/fetchContent.ts';
import { stringsResourcePath } from '../content-api/paths.ts';
import { addStrings, hasStrings } from './i18n.ts';
import type { Lang } from './languages.ts';
import type { Strings } from './strings.ts';

const loading = new Map<Lang, Promise<void>>();

/**
 * Makes `lang`'s interface strings available: at once when the page came with them (prerendered) or
 * they were fetched before; otherwise fetched, once. A failed fetch is tried again next time.
 */
export function ensureStrings(lang: Lang): Promise<void> {
  if (hasStrings(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = fetchContent<Strings>(stringsResourcePath(lang)).then((strings) => addStrings(lang, strings));
    loading.set(lang, pending);
    pending.catch(() => loading.delete(lang));
  }
  return pending;
}
