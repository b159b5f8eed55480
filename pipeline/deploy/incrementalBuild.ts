import { mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compressFiles, isText } from '../output/compress.ts';
import type { EditionManifest } from '../edition/manifest.ts';
import { prerenderPages, type HtmlPage } from '../output/prerender.ts';
import { writeSearchIndex } from '../output/searchIndex.ts';
import { writeServerConfig } from '../output/serverConfig.ts';
import { writeServiceWorker } from '../output/serviceWorker.ts';
import { editionStamp, savedChunks, type BuildState } from './buildState.ts';
import { WORKER_FILE } from './linkEdition.ts';
import { SEARCH_INDEX_STAGE, type TimeStage } from './stageTimes.ts';

// A publish from the same code as the live edition's: the new edition starts as the live one (hard
// links, see linkEdition.ts), and only what differs is written.

function removeWithTwins(file: string): void {
  for (const path of [file, `${file}.br`, `${file}.gz`]) rmSync(path, { force: true });
}

/** Removes `file` with its twins, then the folders that leaves empty: a full build makes no empty folder. */
function withdrawFile(outDir: string, file: string): void {
  removeWithTwins(file);
  for (let folder = dirname(file); folder.startsWith(`${outDir}/`); folder = dirname(folder)) {
    if (readdirSync(folder).length > 0) return;
    rmdirSync(folder);
  }
}

/** Writes `text` at `file` in place of what its link (and its twins' links) held. */
function replaceFile(file: string, text: string): void {
  removeWithTwins(file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The live edition's build state, and the new edition's. */
type States = { previous: BuildState; next: BuildState };

type Written = { files: string[]; pages: string[]; removed: string[] };

function writeChangedFiles(
  outDir: string,
  manifest: EditionManifest,
  { previous, next }: States,
  written: Written,
): void {
  for (const [path, text] of manifest.files) {
    if (previous.files[path] === next.files[path]) continue;
    replaceFile(join(outDir, path), text());
    written.files.push(path);
  }
  for (const path of Object.keys(previous.files)) {
    if (manifest.files.has(path)) continue;
    withdrawFile(outDir, join(outDir, path));
    written.removed.push(path);
  }
}

async function renderChangedPages(
  outDir: string,
  manifest: EditionManifest,
  { previous, next }: States,
  renderer: string,
): Promise<string[]> {
  const differs = (file: string) => previous.pages[file] !== next.pages[file];
  const changed = manifest.pages.filter(
    (page): page is HtmlPage => page.htmlFile !== undefined && differs(page.htmlFile),
  );
  for (const page of changed) removeWithTwins(join(outDir, page.htmlFile));
  await prerenderPages(changed, renderer, outDir, previous.origin, savedChunks(previous));
  return changed.map((page) => page.htmlFile);
}

function removeVanishedPages(outDir: string, manifest: EditionManifest, previous: BuildState, written: Written): void {
  const pages = new Set(manifest.pages.flatMap((page) => page.htmlFile ?? []));
  for (const file of Object.keys(previous.pages)) {
    if (pages.has(file)) continue;
    withdrawFile(outDir, join(outDir, file));
    written.removed.push(file);
  }
}

export type IncrementalBuild = {
  /** The live edition being linked into `outDir` (linkEdition.ts). */
  linking: Promise<void>;
  outDir: string;
  manifest: EditionManifest;
  previous: BuildState;
  /** The new edition's state, as buildState() makes it from `manifest`. */
  next: BuildState;
  /** The address of the server entry's module, which renders pages. */
  renderer: string;
  /** The compiled service worker, its precache list still to be written. */
  worker: string;
  compress: boolean;
  /** Times each step as a stage of the build. */
  time: TimeStage;
};

/**
 * Builds in `outDir` the edition of `manifest` from the live edition linked into it (`linking`), built from the same
 * code: writes the published files and pages that differ, removes those that are gone, builds the search index's parts
 * that differ, and writes again whole the service worker and the server's files. Returns what it wrote.
 */
export async function buildIncrementally({
  linking,
  outDir,
  manifest,
  previous,
  next,
  renderer,
  worker,
  compress,
  time,
}: IncrementalBuild): Promise<Written & { searchParts: { built: number; of: number } }> {
  const written: Written = { files: [], pages: [], removed: [] };
  const states = { previous, next };
  await time('link the previous edition (what was left of it after the content stage)', () => linking);
  await time('write changed JSON, feeds, sitemap', () => writeChangedFiles(outDir, manifest, states, written));
  // Side by side: the index is made from the manifest, not the pages, and each has a fixed cost (Pagefind's workers,
  // loading the renderer) larger than a publish's work. The index's workers start first, then pages render here.
  const [search, pages] = await Promise.all([
    time(SEARCH_INDEX_STAGE, () => writeSearchIndex(outDir, manifest.pages, { start: 'previous', code: next.code })),
    time('render changed pages', () => renderChangedPages(outDir, manifest, states, renderer)),
  ]);
  written.pages = pages;
  removeVanishedPages(outDir, manifest, previous, written);
  await time('service worker', () => writeServiceWorker(outDir, manifest.pages, previous.chunks.assets, worker));
  await time('server files', () => writeServerConfig(outDir, manifest, editionStamp(next)));
  if (compress) {
    await time('compress what was written', () => {
      const workers = readdirSync(outDir).filter((name) => WORKER_FILE.test(name));
      const rewritten = [...written.files, ...written.pages, ...workers].map((path) => join(outDir, path));
      return compressFiles([...rewritten, ...search.files.filter(isText)]);
    });
  }
  return { ...written, searchParts: { built: search.built, of: search.parts } };
}
