import type { Plugin } from 'vite';

// Vite wraps every dynamic import() of a client build in a helper that first loads the imported
// chunk's stylesheets and modulepreloads its imports. Kiosque has one stylesheet, inside every page,
// and requests every chunk of the first view itself (pipeline/bundle/firstPaint.ts), so the helper would
// only cost each reader its bytes: the wrapping is undone, and the helper that remains anywhere it
// is not is a plain call.

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * `__vitePreload(async () => { const { a, b } = await import("x"); return { a, b }; }, __VITE_PRELOAD__)`: the
 * namespace has a and b.
 */
const PICKING =
  /__vitePreload\(async \(\) => \{\s*const \{ ([\w$, ]+) \} = await (import\("[^"]+"\));\s*return \{ \1 \};\s*\}, __VITE_PRELOAD__\)/g;
/** `__vitePreload(() => import("x"), __VITE_PRELOAD__)`. */
const PLAIN = /__vitePreload\(\(\) => (import\("[^"]+"\)), __VITE_PRELOAD__\)/g;

export function unwrapDynamicImports(code: string): string {
  return code.replace(PICKING, '$2').replace(PLAIN, '$1');
}

export function plainDynamicImports(): Plugin {
  return {
    name: 'kiosque-plain-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(id) {
        if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
      },
    },
    renderChunk(code) {
      if (process.env.NO_UNWRAP) return null;
      const unwrapped = unwrapDynamicImports(code);
      return unwrapped === code ? null : { code: unwrapped, map: null };
    },
  };
}
