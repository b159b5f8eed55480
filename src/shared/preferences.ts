import { useSyncExternalStore } from 'react';

// Reader preferences (language, reading mode, text size, theme) in localStorage. Storage can be
// missing or throw, even on a mere read of `window.localStorage`: then the choice lives in memory
// for the session, and nothing else changes.

export type Preference<T extends string> = { key: string; values: readonly T[] };

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const memory = new Map<string, string>();
const listeners = new Set<() => void>();

function storage(): StorageLike | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function isValue<T extends string>(preference: Preference<T>, value: unknown): value is T {
  return typeof value === 'string' && (preference.values as readonly string[]).includes(value);
}

export function readPreference<T extends string>(
  preference: Preference<T>,
  store: StorageLike | undefined = storage(),
): T | undefined {
  let value: string | null | undefined;
  try {
    value = store?.getItem(preference.key);
  } catch {
    value = undefined;
  }
  value ??= memory.get(preference.key);
  return isValue(preference, value) ? value : undefined;
}

export function writePreference<T extends string>(
  preference: Preference<T>,
  value: T,
  store: StorageLike | undefined = storage(),
): void {
  memory.set(preference.key, value);
  try {
    store?.setItem(preference.key, value);
  } catch {
    // Kept in memory for this session.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => event.key && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** A preference as React state, shared by every component (and tab) that reads it. */
export function usePreference<T extends string>(preference: Preference<T>, fallback: T): [T, (value: T) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => readPreference(preference) ?? fallback,
    () => fallback,
  );
  return [value, (next: T) => writePreference(preference, next)];
}
