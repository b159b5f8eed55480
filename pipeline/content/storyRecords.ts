import { statSync } from 'node:fs';
import type { Lang } from '../../src/i18n/languages.ts';
import { summaryOf } from './summary.ts';
import type { Block, Meta, Version } from './schema.ts';

// What the edition needs of a story beyond its own page, and how a publish recognises, without reading
// them, the story files the build of the live edition read: by their size, times and inode, as git's
// index recognises a work tree's files.

type ReadAlsoBlock = Extract<Block, { type: 'readAlso' }>;

/**
 * A version without its paragraphs: what lists, links, redirects and the checks across stories read of it. Its whole
 * text is read from its file by the pages that show it (SourceArticle.whole).
 */
export type VersionRecord = Omit<Version, 'blocks'> & {
  /** What stands for it in a list (summaryOf). */
  summary: string;
  /** Its read-also lines, each with its place among the blocks (problems name it). */
  readAlso: { index: number; block: ReadAlsoBlock }[];
};

export function versionRecord({ blocks, ...rest }: Version): VersionRecord {
  return {
    ...rest,
    summary: summaryOf({ ...rest, blocks }),
    readAlso: blocks.flatMap((block, index) => (block.type === 'readAlso' ? [{ index, block }] : [])),
  };
}

/** A file as the system describes it: size, modification and change times, inode. */
export type FileKey = [number, number, number, number];

/** How a story's files were when they were read: meta.json, then each language's version (null: none). */
export type StoryFileKeys = (FileKey | null)[];

/** `file`'s key, or null when there is no such file. */
export const fileKey = (file: string): FileKey | null => {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino] : null;
};

/** A story as the build that read it kept it: its files' keys, its meta, its versions' records and its digests. */
export type KeptStory = {
  files: StoryFileKeys;
  meta: Meta;
  versions: Partial<Record<Lang, VersionRecord>>;
  digests: { story: string; versions: Partial<Record<Lang, string>> };
};

/** The stories a build read, by folder name, and when it started reading them (ms since the epoch). */
export type KeptStories = { readAt: number; byFolder: Map<string, KeptStory> };

/**
 * A file changed within this long of being read could be changed again with the same times (file systems keep times at
 * a granularity of their own, up to 2 s): such a file's key is not trusted, and it is read again.
 */
const RACY_MS = 2000;

/** Whether `now` (the files' keys as they are) is what `kept` was read as, long enough before it was read. */
export function unchangedSince(kept: StoryFileKeys, now: StoryFileKeys, readAt: number): boolean {
  return (
    kept.length === now.length &&
    kept.every((key, at) => {
      const current = now[at];
      if (key === null || current === undefined || current === null) return key === null && current === null;
      return key.every((value, field) => value === current[field]) && Math.max(key[1], key[2]) < readAt - RACY_MS;
    })
  );
}
