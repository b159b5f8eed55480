// Who wants to know, beyond the query cache, that the app has learnt of a new edition (app/freshness.ts
// tells them): the search engine, whose index a new edition changes (features/search/pagefind.ts).

const listeners = new Set<() => void>();

/** Calls `listener` each time the app learns of a new edition; returns a function that stops it. */
export function onNewEdition(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function tellOfNewEdition(): void {
  for (const listener of listeners) listener();
}
