// The page's loader script (src/early/appLoader.ts; pipeline/bundle/firstPaint.ts writes its tag)
// names the app's entry and every chunk the page's first view needs, each after the chunks it
// imports; it requests them all at once once the page has painted, and the entry evaluates them in
// that order (src/main.tsx).

export const LOADER_ATTRIBUTES = { entry: 'data-app-bundle', chunks: 'data-app-chunks' } as const;

/** The chunks this page's first view needs, in the order they are evaluated (none under the development server). */
export function firstViewChunks(): string[] {
  const loader = document.querySelector<HTMLScriptElement>(`script[${LOADER_ATTRIBUTES.chunks}]`);
  return loader?.dataset.appChunks?.split(' ').filter(Boolean) ?? [];
}

/**
 * The app's entry chunk, as the page's loader names it: which version of the code the page runs (none under the
 * development server).
 */
export function appEntry(): string | undefined {
  return (
    document.querySelector<HTMLScriptElement>(`script[${LOADER_ATTRIBUTES.entry}]`)?.dataset.appBundle || undefined
  );
}
