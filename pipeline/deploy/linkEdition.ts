import { spawn } from 'node:child_process';
import { existsSync, link, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EDITION_STAMP_PATH } from '../../src/content-api/edition.ts';
import { SERVER_DIR } from '../output/serverConfig.ts';

// A publish starts the new edition as the live one, hard-linked file by file (nothing is copied),
// but for the files it writes again whole. Every file that changes afterwards is first unlinked,
// never written through its link: the live edition's files stay as they are.

/** The service worker, written again whole with the new precache list. */
export const WORKER_FILE = /^sw\.js$/;

/** Each language's list of search index parts, written again whole. */
const SEARCH_PARTS_LIST = /^pagefind\/[^/]+\/parts\.json$/;

/** Paths a publish writes again whole (with their .br and .gz twins): not linked. */
export const REWRITTEN = (path: string) => {
  const file = path.replace(/\.(br|gz)$/, '');
  return (
    path.startsWith('.kiosque') ||
    path.startsWith(SERVER_DIR) ||
    file === EDITION_STAMP_PATH ||
    WORKER_FILE.test(file) ||
    SEARCH_PARTS_LIST.test(file)
  );
};

/** The files under `from` but those REWRITTEN names, by path relative to it, their folders made under `to`. */
function filesToLink(from: string, to: string): string[] {
  const paths: string[] = [];
  const made = new Set<string>();
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    // parentPath is `from` or a folder under it: its path relative to `from` is what follows.
    const folder = entry.parentPath.slice(from.length + 1);
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (REWRITTEN(path) || !entry.isFile()) continue;
    // Once a folder: an edition of 10,000 stories has 80,000 files in a few dozen folders.
    if (!made.has(folder)) mkdirSync(dirname(join(to, path)), { recursive: true });
    made.add(folder);
    paths.push(path);
  }
  return paths;
}

/**
 * Links the files of `from` into `to` one by one, from Node's thread pool, but those REWRITTEN names. Settles once
 * every file is linked.
 */
export function linkFileByFile(from: string, to: string): Promise<void> {
  const paths = filesToLink(from, to);
  return new Promise((resolve, reject) => {
    let left = paths.length;
    if (left === 0) resolve();
    // Joined by hand: `from` and `to` are resolved folders and each path is relative and plain (path.join normalises).
    for (const path of paths)
      link(`${from}/${path}`, `${to}/${path}`, (error) => {
        if (error) reject(error);
        else if (--left === 0) resolve();
      });
  });
}

/** Whether GNU cp linked the whole of `from` into `to`, which it makes (false where there is no GNU cp). */
function linkedByCp(from: string, to: string): Promise<boolean> {
  return new Promise((resolve) => {
    const cp = spawn('cp', ['--archive', '--link', '--no-target-directory', from, to], { stdio: 'ignore' });
    cp.on('error', () => resolve(false));
    cp.on('exit', (code) => resolve(code === 0));
  });
}

/** Removes from `to` what REWRITTEN names: at its root, and each language's list of search parts. */
function unlinkRewritten(to: string): void {
  const search = join(to, 'pagefind');
  const languages = existsSync(search) ? readdirSync(search).map((lang) => `pagefind/${lang}`) : [];
  const paths = [
    ...readdirSync(to),
    ...languages.flatMap((folder) => readdirSync(join(to, folder)).map((name) => `${folder}/${name}`)),
  ];
  for (const path of paths) if (REWRITTEN(path)) rmSync(join(to, path), { recursive: true, force: true });
}

/**
 * Starts the new edition `to` as the live one `from`, linked, but for what a publish writes again whole. GNU cp links
 * the whole tree from a process of its own, and what REWRITTEN names is then unlinked: at 8,000 stories, 0.8 s of
 * another core for 67,000 files, where issuing the links one by one took 0.9 s of the build's own thread, busy with the
 * content stage meanwhile. Without GNU cp (or if it fails), the links are made one by one. `to` must not exist.
 */
export async function linkEdition(from: string, to: string): Promise<void> {
  mkdirSync(dirname(to), { recursive: true });
  if (await linkedByCp(from, to)) return unlinkRewritten(to);
  rmSync(to, { recursive: true, force: true });
  await linkFileByFile(from, to);
}
