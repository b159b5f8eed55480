import {
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { EditionManifest } from '../edition/manifest.ts';
import { EDITION_STAMP_PATH } from '../../src/content-api/edition.ts';
import { SERVER_DIR, SERVER_FILES } from '../output/serverConfig.ts';
import { readBuildState } from './buildState.ts';

// A site folder holds the editions a newsroom has published and names the one readers get:
//
//   <site>/editions/<id>/          one whole, checked build each (ids sort by time)
//   <site>/editions/<id>.partial/  a build on its way: never served, removed if it fails
//   <site>/live -> editions/<id>   what the server serves (its `root`)
//
// A build is written into a `.partial` folder, checked, renamed, and only then made live by
// replacing the `live` link in one rename: the server never sees a folder being written. The new
// edition also keeps the chunks of the code of the editions kept with it (hard links), so that a
// page of one of them already open in a tab still finds the chunks it loads later.

/** Where a build lists every file it must hold: a build cut short has no list, or misses a file on it. */
export const EDITION_FILE_LIST = '.kiosque/files.json';

/** How many editions stay on disk: the live one and the two a rollback, then another, return to. */
export const KEPT_EDITIONS = 3;

/** The end of the name of a folder a build has not finished: a deploy removes those it finds. */
export const PARTIAL = '.partial';
const editionsDir = (site: string) => join(site, 'editions');
const liveLink = (site: string) => join(site, 'live');

/** Writes the list of the files a whole build of `manifest` holds (the last thing a build writes). */
export function writeEditionFileList(outDir: string, manifest: EditionManifest): void {
  const pages = manifest.pages.flatMap((page) => (page.htmlFile ? [page.htmlFile] : []));
  const server = SERVER_FILES.map((file) => `${SERVER_DIR}/${file}`);
  const files = [
    ...new Set(['index.html', 'sw.js', EDITION_STAMP_PATH, ...manifest.files.keys(), ...pages, ...server]),
  ].sort();
  mkdirSync(dirname(join(outDir, EDITION_FILE_LIST)), { recursive: true });
  writeFileSync(join(outDir, EDITION_FILE_LIST), `${JSON.stringify(files, null, 1)}\n`);
}

/** What is wrong with the build in `dir`, if anything: a missing list, or the files on it that are missing or empty. */
export function editionProblems(dir: string): string[] {
  const list = join(dir, EDITION_FILE_LIST);
  if (!existsSync(list)) return [`${EDITION_FILE_LIST} is missing: the build did not finish`];
  const files = JSON.parse(readFileSync(list, 'utf8')) as string[];
  return files
    .filter((file) => !existsSync(join(dir, file)) || statSync(join(dir, file)).size === 0)
    .map((file) => `${file} is missing or empty`);
}

/** The site's whole editions, oldest first. */
export function editions(site: string): string[] {
  if (!existsSync(editionsDir(site))) return [];
  return readdirSync(editionsDir(site))
    .filter((name) => !name.endsWith(PARTIAL))
    .sort();
}

/** The id of the edition the site serves, if any. */
export function liveEdition(site: string): string | undefined {
  return existsSync(liveLink(site)) ? readlinkSync(liveLink(site)).replace(/^editions\//, '') : undefined;
}

export const editionDir = (site: string, id: string) => join(editionsDir(site), id);

/** A new edition's id: the time, to the millisecond, so that ids sort in publishing order. */
export const editionId = (now: Date) => now.toISOString().replaceAll(/[:.]/g, '-');

/** Starts a new edition: its unfinished folder (builds cut short before are removed first). */
export function startEdition(site: string, id: string): string {
  mkdirSync(editionsDir(site), { recursive: true });
  removeUnfinished(site);
  if (existsSync(editionDir(site, id))) throw new Error(`an edition ${id} exists already`);
  return editionDir(site, id) + PARTIAL;
}

/** Removes the folders of builds that never finished. */
export function removeUnfinished(site: string): void {
  if (!existsSync(editionsDir(site))) return;
  for (const name of readdirSync(editionsDir(site)))
    // Retried: a build just stopped may have left a process of its own (cp) writing into one.
    if (name.endsWith(PARTIAL)) rmSync(join(editionsDir(site), name), { recursive: true, force: true, maxRetries: 5 });
}

/** Makes the checked build in `partialDir` the whole edition `id` (not yet live). */
export function finishEdition(site: string, partialDir: string, id: string): void {
  const problems = editionProblems(partialDir);
  if (problems.length > 0) throw new Error(`the build is incomplete:\n  ${problems.slice(0, 10).join('\n  ')}`);
  renameSync(partialDir, editionDir(site, id));
}

/** The app's chunks of an edition's own code, by path under it, as its build state names them. */
function ownChunks(dir: string): string[] {
  const named = readBuildState(dir)?.chunks.assets;
  if (named) return named;
  // An edition built before the state named them: every chunk in its folder.
  return existsSync(join(dir, 'assets')) ? readdirSync(join(dir, 'assets')).map((name) => `assets/${name}`) : [];
}

/**
 * Gives `to` the chunks of the code of each edition in `from` that it lacks, as hard links (a copy
 * where links cannot be made), so that a page of that code still open finds the chunks it loads
 * later. Only each edition's own code's: the chunks an edition kept for an earlier one are not
 * kept again, so a site holds the code of the editions on its disk, not of every edition it ever had.
 */
export function carryAssets(from: string[], to: string): number {
  mkdirSync(join(to, 'assets'), { recursive: true });
  let carried = 0;
  for (const dir of from) {
    for (const path of ownChunks(dir)) {
      if (existsSync(join(to, path)) || !existsSync(join(dir, path))) continue;
      try {
        linkSync(join(dir, path), join(to, path));
      } catch {
        copyFileSync(join(dir, path), join(to, path));
      }
      carried += 1;
    }
  }
  return carried;
}

/** Points `live` at edition `id` in one step: a new link renamed over the old one. */
export function switchLiveLink(site: string, id: string): void {
  if (!existsSync(editionDir(site, id))) throw new Error(`no edition ${id}`);
  const next = `${liveLink(site)}.next`;
  rmSync(next, { force: true });
  symlinkSync(`editions/${id}`, next);
  renameSync(next, liveLink(site));
}

// The site's history (`<site>/history.json`): the editions made live, the live one last. A publish
// adds its edition; a rollback takes the live one off, so that it always returns to the edition
// that was live before, never to one already rolled back from.

const historyFile = (site: string) => join(site, 'history.json');

/**
 * The editions made live, oldest first, the live one last (on a site that kept none: its editions up to the live one).
 */
export function liveHistory(site: string): string[] {
  const all = editions(site);
  if (existsSync(historyFile(site)))
    return (JSON.parse(readFileSync(historyFile(site), 'utf8')) as string[]).filter((id) => all.includes(id));
  const live = liveEdition(site);
  return live === undefined ? [] : all.slice(0, all.indexOf(live) + 1);
}

function saveHistory(site: string, history: string[]): void {
  const next = `${historyFile(site)}.next`;
  writeFileSync(next, `${JSON.stringify(history)}\n`);
  renameSync(next, historyFile(site));
}

/** Makes the new edition `id` live, and the last of the site's history. */
export function makeLive(site: string, id: string): void {
  const history = liveHistory(site);
  switchLiveLink(site, id);
  saveHistory(site, [...history.filter((other) => other !== id), id]);
}

/** The edition that was live before the live one, which a rollback makes live. */
export function previousEdition(site: string): string | undefined {
  const history = liveHistory(site);
  return history.length >= 2 && history.at(-1) === liveEdition(site) ? history.at(-2) : undefined;
}

/**
 * Makes the edition live before the live one live again, taking the live one off the history; returns it, or undefined
 * when there is none.
 */
export function rollBack(site: string): string | undefined {
  const previous = previousEdition(site);
  if (previous === undefined) return undefined;
  switchLiveLink(site, previous);
  saveHistory(site, liveHistory(site).slice(0, -1));
  return previous;
}

/**
 * Removes every edition but the last `keep` of the history (the live one and those a rollback returns to); returns
 * their ids.
 */
export function pruneEditions(site: string, keep = KEPT_EDITIONS): string[] {
  const live = liveEdition(site);
  const kept = new Set([...liveHistory(site).slice(-keep), ...(live === undefined ? [] : [live])]);
  const old = editions(site).filter((id) => !kept.has(id));
  for (const id of old) rmSync(editionDir(site, id), { recursive: true, force: true });
  return old;
}
