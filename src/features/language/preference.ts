import { isLang, type Lang } from '../../content/languages';

const STORAGE_KEY = 'kiosque.lang';

// Storage can throw (private modes, disabled cookies, quotas): a preference is a nicety, never a failure.

// Even reading `window.localStorage` can throw, so it is only touched inside the try blocks.
const defaultStorage = () => globalThis.localStorage as Storage | undefined;

export function readStoredLang(storage?: Pick<Storage, 'getItem'>): Lang | undefined {
  try {
    const value = (storage ?? defaultStorage())?.getItem(STORAGE_KEY);
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLang(lang: Lang, storage?: Pick<Storage, 'setItem'>): void {
  try {
    (storage ?? defaultStorage())?.setItem(STORAGE_KEY, lang);
  } catch {
    // Remembering is best effort.
  }
}

/** The first of the browser's languages that Kiosque speaks, matched on the primary subtag (fr-CA is fr). */
export function matchBrowserLang(languages: readonly string[]): Lang | undefined {
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLang(primary)) return primary;
  }
  return undefined;
}

/** Where `/` sends a reader: their saved choice, else their browser's languages, else French. */
export function preferredLang(
  stored: Lang | undefined = readStoredLang(),
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Lang {
  return stored ?? matchBrowserLang(languages) ?? 'fr';
}
