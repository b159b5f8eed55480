import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkEdition, linkFileByFile } from './linkEdition.ts';

const LINKED = [
  'index.html',
  'fr/index.html',
  'fr/index.html.br',
  'content/fr/articles/a.json',
  'content/fr/articles/a.json.gz',
  'pagefind/fr/pagefind.js',
  'pagefind/fr/0123456789ab/pagefind-entry.json',
  'sitemap.xml',
];
const REWRITTEN = [
  '.kiosque/state.json',
  '.server/csp.conf',
  'edition.json',
  'edition.json.gz',
  'sw.js',
  'sw.js.br',
  'pagefind/fr/parts.json',
  'pagefind/en/parts.json.gz',
];

/** An edition of a few files, those a publish links and those it writes again whole. */
function liveEdition(): string {
  const root = mkdtempSync(join(tmpdir(), 'kiosque-link-'));
  const live = join(root, 'live');
  for (const path of [...LINKED, ...REWRITTEN]) {
    mkdirSync(dirname(join(live, path)), { recursive: true });
    writeFileSync(join(live, path), path);
  }
  return live;
}

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

describe('linking the live edition into a new one', () => {
  it.each([
    ['by cp, then what is written again whole unlinked', linkEdition],
    ['file by file', linkFileByFile],
  ])('%s: links every file but those a publish writes again whole, and leaves those out', async (_, link) => {
    const live = liveEdition();
    const next = join(dirname(live), 'next');
    await link(live, next);
    expect(filesUnder(next)).toEqual([...LINKED].sort());
    for (const path of LINKED) expect(statSync(join(next, path)).ino, path).toBe(statSync(join(live, path)).ino);
    expect(filesUnder(live)).toEqual([...LINKED, ...REWRITTEN].sort());
  });
});
