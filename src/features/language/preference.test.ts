import { describe, expect, it } from 'vitest';
import { matchBrowserLang, preferredLang, readStoredLang, storeLang } from './preference';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const throwing: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('language preference', () => {
  it('remembers the stored choice', () => {
    const storage = memoryStorage();
    expect(readStoredLang(storage)).toBeUndefined();
    storeLang('en', storage);
    expect(readStoredLang(storage)).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    const storage = memoryStorage();
    storage.setItem('kiosque.lang', 'de');
    expect(readStoredLang(storage)).toBeUndefined();
  });

  it('survives storage that throws', () => {
    expect(() => storeLang('en', throwing)).not.toThrow();
    expect(readStoredLang(throwing)).toBeUndefined();
  });

  it('matches the browser languages on their primary subtag, in order', () => {
    expect(matchBrowserLang(['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(matchBrowserLang(['fr-CA', 'en'])).toBe('fr');
    expect(matchBrowserLang(['EN-us'])).toBe('en');
    expect(matchBrowserLang(['de', 'es'])).toBeUndefined();
  });

  it('prefers the stored choice, then the browser, then French', () => {
    expect(preferredLang('fr', ['en-US'])).toBe('fr');
    expect(preferredLang(undefined, ['en-US'])).toBe('en');
    expect(preferredLang(undefined, ['de'])).toBe('fr');
    expect(preferredLang(undefined, [])).toBe('fr');
  });
});

describe('language preference without a usable localStorage', () => {
  it('does not throw when merely reading window.localStorage throws', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new Error('SecurityError');
      },
    });
    try {
      expect(readStoredLang()).toBeUndefined();
      expect(() => storeLang('en')).not.toThrow();
      expect(preferredLang(undefined, ['en'])).toBe('en');
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
