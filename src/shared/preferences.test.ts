import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPreference, writePreference, type Preference } from './preferences.ts';

type Size = 'small' | 'medium' | 'large';
let counter = 0;
/** A fresh key per test: the in-memory fallback is shared by the module. */
const preference = (): Preference<Size> => ({ key: `test.size.${++counter}`, values: ['small', 'medium', 'large'] });

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const throwing: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('preference store', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads back what it wrote', () => {
    const store = memoryStorage();
    const size = preference();
    expect(readPreference(size, store)).toBeUndefined();
    writePreference(size, 'large', store);
    expect(readPreference(size, store)).toBe('large');
  });

  it('ignores a stored value it does not know', () => {
    const store = memoryStorage();
    const size = preference();
    store.setItem(size.key, 'enormous');
    expect(readPreference(size, store)).toBeUndefined();
  });

  it('keeps the choice in memory when storage throws', () => {
    const size = preference();
    expect(readPreference(size, throwing)).toBeUndefined();
    expect(() => writePreference(size, 'small', throwing)).not.toThrow();
    expect(readPreference(size, throwing)).toBe('small');
  });

  it('works when merely reading window.localStorage throws', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const size = preference();
    expect(readPreference(size)).toBeUndefined();
    writePreference(size, 'medium');
    expect(readPreference(size)).toBe('medium');
  });
});
