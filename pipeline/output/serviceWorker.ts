import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/i18n/languages.ts';
import { generateSW } from 'workbox-build';
import type { ManifestPage } from '../edition/manifest.ts';

// The offline edition, generated with Workbox after the pages are prerendered. It precaches the
// app shell and, in both languages, the stories of each front page's first page: their JSON and
// their prerendered HTML, and the search index. Anything else under /content/ is cached as it is
// read (network first).
//
// Updates: every precached file is listed with a hash of its content, so one service worker always
// serves one consistent build. A new deploy's worker installs in the background and takes over
// only once every Kiosque tab is closed (no skipWaiting), so a page never mixes two builds.

/** The files of the pages the manifest marks for offline reading: their JSON and their static HTML. */
function offlineFiles(pages: ManifestPage[]): string[] {
  return pages.filter((page) => page.offline).flatMap((page) => [...page.dataFiles, ...(page.htmlFile ? [page.htmlFile] : [])]);
}

/** Above this many index files, a search index is saved as it is read rather than all at install. */
const SEARCH_PRECACHE_LIMIT = 1000;

/**
 * Search, offline: Pagefind's library, its WebAssembly per language, the list of parts and each
 * part's entry and page list, always; the index chunks and result fragments too while the
 * edition is small enough to save whole.
 */
function searchFiles(outDir: string): string[] {
  const core = [
    'pagefind/*/pagefind.js',
    'pagefind/*/pagefind-worker.js',
    'pagefind/*/parts.json',
    'pagefind/**/pagefind-entry.json',
    'pagefind/**/*.pf_meta',
    `pagefind/*/wasm.{${LANGS.join(',')}}.pagefind`,
  ];
  const chunks = ['pagefind/**/*.pf_index', 'pagefind/**/*.pf_fragment'];
  const chunkCount = readdirSync(join(outDir, 'pagefind'), { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && /\.pf_(index|fragment)$/.test(entry.name),
  ).length;
  return chunkCount <= SEARCH_PRECACHE_LIMIT ? [...core, ...chunks] : core;
}

export async function writeServiceWorker(outDir: string, pages: ManifestPage[]) {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: [
      'index.html',
      'assets/**/*.{js,css}',
      '*.{svg,png,webmanifest}',
      'content/strings/*.json',
      ...offlineFiles(pages),
      ...searchFiles(outDir),
    ],
    swDest: join(outDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    // Hashed assets carry their version in their name.
    dontCacheBustURLsMatching: /^assets\//,
    // Workbox's precache route maps /fr/articles/x to the precached fr/articles/x.html (clean URLs)
    // and /fr/ to fr/index.html; any other page falls back to the app shell, which renders from JSON.
    directoryIndex: 'index.html',
    navigateFallback: '/index.html',
    // Pagefind asks for its entry file with a `ts` parameter that defeats caches; the precached copy serves it.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
    navigateFallbackDenylist: [/^\/content\//, /\.(xml|txt|json|webmanifest)$/],
    clientsClaim: true,
    skipWaiting: false,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/content/'),
        handler: 'NetworkFirst',
        options: { cacheName: 'kiosque-content', expiration: { maxEntries: 500 } },
      },
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'kiosque-search', expiration: { maxEntries: 1000 } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
