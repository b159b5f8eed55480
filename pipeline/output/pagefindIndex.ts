import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { close, createIndex, type CustomRecord } from 'pagefind';
import type { Lang } from '../../src/i18n/languages.ts';
import { withVariants } from './searchVariants.ts';
import { runJobs } from './workerPool.ts';

// Pagefind's indexes, built from records and written as files: each part of a language's search bundle and the
// library at its root (searchIndex.ts says what they hold), by workers on every core or, for a few, right here.

/** Pagefind's ready-made interfaces: Kiosque has its own, so they are not published. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
/** The library: written once per language, at the bundle's root; a part's folder holds its index alone. */
const LIBRARY = /^(pagefind(-worker)?\.js|wasm\.\w+\.pagefind)$/;

/**
 * The root's index: the library's engine needs one of its own, and every story is in a part. Its one word is no word a
 * reader looks for.
 */
const libraryRecord = (lang: Lang): CustomRecord => ({ url: '/', content: '0', language: lang, meta: {} });

/**
 * Builds an index of `records` and writes its files under `dir` (those `keep` accepts); returns the
 * paths written. A file already there is unlinked first, never written through: in a publish it may
 * be a link to the live edition's.
 */
async function writeIndex(dir: string, records: CustomRecord[], keep: (file: string) => boolean): Promise<string[]> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  // Sent at once: Pagefind's service handles its messages one after another, in the order they
  // come, so the index is the same, byte for byte, as when each waits for the one before.
  const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  added.forEach(({ errors: refused }, at) => {
    if (refused.length > 0) throw new Error(`search index, ${records[at]?.url}: ${refused.join('; ')}`);
  });
  // Pagefind's own writeFiles can return before its last file is flushed, and close() then kills
  // the backend: a loaded machine once published an empty pagefind-entry.json. Its files are taken
  // in memory and written here instead, so each is whole when this returns.
  const { files, errors: failed } = await index.getFiles();
  if (failed.length > 0) throw new Error(`search index: ${failed.join('; ')}`);
  await index.deleteIndex();
  return files
    .filter(({ path }) => !UNUSED.test(path) && keep(path))
    .map(({ path, content }) => {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      rmSync(file, { force: true });
      writeFileSync(file, content);
      return file;
    });
}

/** An index to build in `dir`: a part of `lang`'s bundle from its records, or without records the library's own. */
export type IndexJob = { dir: string; lang: Lang; records?: CustomRecord[] };

/** Builds the index `job` asks for (in this thread's Pagefind service); returns the paths written. */
export const buildIndex = ({ dir, lang, records }: IndexJob): Promise<string[]> =>
  records
    ? writeIndex(dir, records.map(withVariants), (file) => !LIBRARY.test(file))
    : writeIndex(dir, [libraryRecord(lang)], () => true);

/**
 * Below this many records, the indexes are built here rather than by workers, whose start costs more than the work:
 * the two parts of a publish, 100 synthetic stories each, took 0.46 s here against 0.81 s by two workers; 250 each,
 * 1.17 s against 1.22 s; 489 each, 2.0 s against 1.9 s (2026-12-07, interleaved, a 2-core machine).
 */
const RECORDS_FOR_WORKERS = 500;

const SEARCH_WORKER = new URL('./searchWorker.ts', import.meta.url);

/** Where `jobs` are built best: by workers on every core when their records are many, else here. */
export type IndexPlace = 'workers' | 'here';

export const placeFor = (jobs: IndexJob[]): IndexPlace =>
  jobs.reduce((sum, job) => sum + (job.records?.length ?? 1), 0) >= RECORDS_FOR_WORKERS ? 'workers' : 'here';

/** Builds every index of `jobs`, in their order, at `place`; returns the paths each wrote. */
export async function buildIndexes(jobs: IndexJob[], place = placeFor(jobs)): Promise<string[][]> {
  if (place === 'workers') return runJobs<IndexJob, string[]>(SEARCH_WORKER, undefined, jobs);
  const built: string[][] = [];
  for (const job of jobs) built.push(await buildIndex(job));
  // Pagefind's service would keep the build running.
  await close();
  return built;
}
