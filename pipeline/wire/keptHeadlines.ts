import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/i18n/languages.ts';
import { digestOf } from '../content/digest.ts';
import { articleFolders, headlineIn } from '../content/load.ts';
import { fileKey, unchangedSince, type FileKey } from '../content/storyRecords.ts';

// The headlines an import compares a dispatch's with (every story's, in one language), kept between imports with each
// version file's key (size, times, inode: storyRecords.ts), so that an import reads only the files changed since the
// last. Reading every file took 10 s at 50,000 stories when the disk had not read them lately.

/** Where `npm run content:import` keeps them: beside the project's other caches, wherever it is run from. */
export const HEADLINES_CACHE = fileURLToPath(new URL('../../node_modules/.cache/kiosque-import', import.meta.url));

/** When they were read (ms since the epoch), and each story's folder, file key and headline (null: none found). */
type KeptFile = { readAt: number; stories: [string, FileKey, string | null][] };
type Kept = { readAt: number; byFolder: Map<string, { key: FileKey; headline: string | null }> };

const keptFile = (dir: string, root: string, lang: Lang) =>
  join(dir, `headlines-${digestOf(resolve(root), lang)}.json`);

/** What the last import kept, or nothing when there is no such file or it cannot be read whole. */
function readKept(file: string): Kept | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptFile;
    return {
      readAt: kept.readAt,
      byFolder: new Map(kept.stories.map(([folder, key, headline]) => [folder, { key, headline }])),
    };
  } catch {
    return undefined;
  }
}

/** Keeps them for the next import; one that cannot be written costs the next import its reads, nothing else. */
function writeKept(file: string, kept: KeptFile): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(kept));
  } catch {
    // A read-only folder: the next import reads every file, as without it.
  }
}

/**
 * Each story's headline in `lang`, by id, as `headlinesIn` (content/load.ts) reads them, but taking those whose files
 * are unchanged since the last import from what it kept in `cacheDir`.
 */
export function keptHeadlinesIn(root: string, lang: Lang, cacheDir: string): Map<string, string> {
  const file = keptFile(cacheDir, root, lang);
  const kept = readKept(file);
  const readAt = Date.now();
  const headlines = new Map<string, string>();
  const stories: KeptFile['stories'] = [];
  for (const folder of articleFolders(root)) {
    const path = join(root, 'articles', folder, `${lang}.json`);
    const key = fileKey(path);
    if (key === null) continue;
    const before = kept?.byFolder.get(folder);
    const headline =
      before && unchangedSince([before.key], [key], kept?.readAt ?? 0) ? before.headline : (headlineIn(path) ?? null);
    stories.push([folder, key, headline]);
    if (headline !== null) headlines.set(folder, headline);
  }
  writeKept(file, { readAt, stories });
  return headlines;
}
