import { mkdirSync, readdirSync } from 'node:fs';
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
export function filesToLink(from: string, to: string): string[] {
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
