import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGS } from '../../src/i18n/languages.ts';
import { injectManifest } from 'workbox-build';
import type { ManifestPage } from '../edition/manifest.ts';

// The offline edition (src/offline/serviceWorker.ts), written after the pages are prerendered: the
// worker compiled once per version of the code, with this build's precache list in it. It
// precaches the app shell and, in both languages, the stories of each front page's first page
// (their JSON and their prerendered HTML) and the search index. Anything else under /content/ is
// cached as it is read (network first).

const WORKER_SOURCE = 'src/offline/serviceWorker.ts';

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

/**
 * The worker compiled into `dir` (once: the build keeps it per version of the code), its precache
 * list still to be written. Compiled aside and renamed into place, as the server bundle is.
 */
export async function compiledWorker(dir: string): Promise<string> {
  const file = join(dir, 'sw.js');
  if (existsSync(file)) return file;
  mkdirSync(dirname(dir), { recursive: true });
  const aside = mkdtempSync(`${dir}-`);
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    // Workbox's modules log and check their arguments unless built for production.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: aside,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      rollupOptions: { input: WORKER_SOURCE, output: { format: 'iife', entryFileNames: 'sw.js' } },
    },
  });
  try {
    renameSync(aside, dir);
  } catch {
    rmSync(aside, { recursive: true, force: true });
  }
  return file;
}

/** Writes `outDir`/sw.js: the compiled `worker` with the precache list of the files now in `outDir`. */
export async function writeServiceWorker(outDir: string, pages: ManifestPage[], worker: string) {
  const { count, size, warnings } = await injectManifest({
    swSrc: worker,
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: [
      'index.html',
      'assets/**/*.{js,css}',
      '*.{svg,png,webmanifest}',
      'content/strings/*.json',
      ...offlineFiles(pages),
      ...searchFiles(outDir),
    ],
    globIgnores: ['sw.js', '.kiosque/**'],
    // Hashed assets carry their version in their name.
    dontCacheBustURLsMatching: /^assets\//,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
