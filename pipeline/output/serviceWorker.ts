import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LANGS } from '../../src/i18n/languages.ts';
import type { ManifestPage } from '../edition/manifest.ts';

// The offline edition (src/offline/serviceWorker.ts), written after the pages are prerendered: the
// worker compiled once per version of the code, with this build's precache list in it. It
// precaches the app shell and, in both languages, the stories of each front page's first page
// (their JSON and their prerendered HTML) and the search index. Anything else under /content/ is
// cached as it is read (network first).

const WORKER_SOURCE = 'src/offline/serviceWorker.ts';

/** The files of the pages the manifest marks for offline reading: their JSON and their static HTML. */
function offlineFiles(pages: ManifestPage[]): string[] {
  return pages
    .filter((page) => page.offline)
    .flatMap((page) => [...page.dataFiles, ...(page.htmlFile ? [page.htmlFile] : [])]);
}

/** Above this many index files, a search index is saved as it is read rather than all at install. */
const SEARCH_PRECACHE_LIMIT = 1000;

/** The app shell, the icons and manifest, the interface strings (the app's code is the build's list of it). */
const SHELL = [/^index\.html$/, /^[^/]+\.(svg|png|webmanifest)$/, /^content\/strings\/[^/]+\.json$/];

/**
 * Search, offline: Pagefind's library, its WebAssembly per language, the list of parts and each part's entry and page
 * list.
 */
const SEARCH_CORE = [
  /^pagefind\/[^/]+\/(pagefind\.js|pagefind-worker\.js|parts\.json)$/,
  /^pagefind\/.+\/pagefind-entry\.json$/,
  /^pagefind\/.+\.pf_meta$/,
  new RegExp(`^pagefind/[^/]+/wasm\\.(${LANGS.join('|')})\\.pagefind$`),
];
/** The index chunks and result fragments, saved at install too while the edition is small enough. */
const SEARCH_CHUNKS = /^pagefind\/.+\.pf_(index|fragment)$/;

/** A file larger than this is left to be cached as it is read (Workbox's own limit). */
const MAX_PRECACHED_BYTES = 2 * 1024 * 1024;

/**
 * The files under `outDir` the shell and search patterns can name: the root's, the interface strings
 * and the search index (not the stories' tens of thousands of files, which the manifest names), by
 * path relative to `outDir`.
 */
function shellAndSearchFiles(outDir: string): string[] {
  const filesIn = (folder: string, recursive: boolean) =>
    existsSync(join(outDir, folder))
      ? readdirSync(join(outDir, folder), { recursive, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
      : [];
  return [...filesIn('.', false), ...filesIn('content/strings', false), ...filesIn('pagefind', true)].filter(
    (path) => path !== 'sw.js',
  );
}

/**
 * The files the worker saves at install: the shell, the app's code, the stories of each front page's first page,
 * search.
 */
function precachedFiles(outDir: string, pages: ManifestPage[], assets: string[]): string[] {
  const files = shellAndSearchFiles(outDir);
  const searchChunks = files.filter((path) => SEARCH_CHUNKS.test(path));
  const patterns = [...SHELL, ...SEARCH_CORE, ...(searchChunks.length <= SEARCH_PRECACHE_LIMIT ? [SEARCH_CHUNKS] : [])];
  const matched = files.filter((path) => patterns.some((pattern) => pattern.test(path)));
  return [...new Set([...offlineFiles(pages), ...assets, ...matched])].sort();
}

/**
 * A file the worker saves at install: its revision (part of the cache's key) and its integrity, which
 * the browser checks the downloaded bytes against, so that a file of a later edition, published
 * while the worker installs, is never saved under this edition's name (the install fails, and the
 * next one saves the later edition whole). Hashed assets carry their version in their name.
 */
type PrecacheEntry = { url: string; revision: string | null; integrity?: string };

function precacheEntry(url: string, bytes: Buffer): PrecacheEntry {
  if (url.startsWith('assets/')) return { url, revision: null };
  const hash = createHash('sha256').update(bytes).digest();
  return { url, revision: hash.toString('hex').slice(0, 32), integrity: `sha256-${hash.toString('base64')}` };
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
export function writeServiceWorker(
  outDir: string,
  pages: ManifestPage[],
  assets: string[],
  worker: string,
): { count: number; size: number } {
  const entries: PrecacheEntry[] = [];
  let size = 0;
  for (const url of precachedFiles(outDir, pages, assets)) {
    const bytes = readFileSync(join(outDir, url));
    if (bytes.length > MAX_PRECACHED_BYTES) {
      console.warn(`service worker: ${url} is larger than ${MAX_PRECACHED_BYTES} bytes and is not precached`);
      continue;
    }
    size += bytes.length;
    entries.push(precacheEntry(url, bytes));
  }
  const source = readFileSync(worker, 'utf8');
  const [before, after, ...more] = source.split('self.__WB_MANIFEST');
  if (after === undefined || more.length) throw new Error(`${worker} must name self.__WB_MANIFEST once`);
  writeFileSync(join(outDir, 'sw.js'), `${before}${JSON.stringify(entries)}${after}`);
  return { count: entries.length, size };
}
