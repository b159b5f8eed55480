import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { digestOf } from '../content/digest.ts';
import type { KeptStories, KeptStory } from '../content/storyRecords.ts';
import type { Finding } from '../content/warnings.ts';
import type { KeptWork } from '../edition/keptWork.ts';
import type { KeptTallies, Tally } from '../edition/wordTallies.ts';

// What a build keeps beside its output (never served) for the next publish to start from
// (pipeline/edition/keptWork.ts). What may be a mistake in each story, by the story's digest, in
// `.kiosque/findings.json`; the words of each version, by its file's digest, in `.kiosque/reading.json`; each
// story's record and its files' keys, by folder, in `.kiosque/stories.json` (pipeline/content/storyRecords.ts).
// The word tallies of every story version: counting the words of the whole archive again was most of
// finding related stories. Binary, since an archive of 10,000 stories has millions of (word, count)
// pairs: `.kiosque/tallies.bin` holds each version's word numbers then its counts, as 32-bit integers
// in this machine's byte order (the kept work never leaves the machine that made it), and
// `.kiosque/tallies.json` the vocabulary, where each version starts and how many words it has, and the
// binary's digest.

const FINDINGS = '.kiosque/findings.json';
/** The kept stories' file, by path in a build. */
export const KEPT_STORIES_FILE = '.kiosque/stories.json';
const READING_WORDS = '.kiosque/reading.json';
const TALLIES_BIN = '.kiosque/tallies.bin';
const TALLIES_INDEX = '.kiosque/tallies.json';

/** The kept tallies' files, by path in a build. */
export const KEPT_TALLIES_FILES = [TALLIES_BIN, TALLIES_INDEX];

type TalliesIndex = {
  words: string[];
  /** [version digest, first word's position, word count] */
  versions: [string, number, number][];
  /** The binary's digest: a file cut short or changed is not used. */
  digest: string;
};

/** How `.kiosque/stories.json` holds the stories a build read: when it started reading, then each story by folder. */
type StoriesFile = { readAt: number; stories: [string, KeptStory][] };

export function writeKeptWork(outDir: string, { tallies, findings, readingWords, stories }: KeptWork): void {
  writeKeptTallies(outDir, tallies);
  writeFileSync(join(outDir, FINDINGS), JSON.stringify([...findings]));
  writeFileSync(join(outDir, READING_WORDS), JSON.stringify([...readingWords]));
  const kept: StoriesFile = { readAt: stories.readAt, stories: [...stories.byFolder] };
  writeFileSync(join(outDir, KEPT_STORIES_FILE), JSON.stringify(kept));
}

function readKeptStories(dir: string): KeptStories | undefined {
  const kept = readKeptJson<StoriesFile>(join(dir, KEPT_STORIES_FILE));
  return kept && { readAt: kept.readAt, byFolder: new Map(kept.stories) };
}

/** What the build in `dir` kept, or undefined when it kept nothing whole: the publish then does all the work again. */
export function readKeptWork(dir: string): KeptWork | undefined {
  const tallies = readKeptTallies(dir);
  const findings = readKeptMap<Finding[]>(join(dir, FINDINGS));
  const readingWords = readKeptMap<number>(join(dir, READING_WORDS));
  const stories = readKeptStories(dir);
  return tallies && findings && readingWords && stories ? { tallies, findings, readingWords, stories } : undefined;
}

/** What was kept as JSON in `file`, or undefined when there is none or it is cut short. */
function readKeptJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** A map kept as JSON in `file`, by digest (readKeptJson). */
function readKeptMap<T>(file: string): Map<string, T> | undefined {
  const entries = readKeptJson<[string, T][]>(file);
  return entries && new Map(entries);
}

function writeKeptTallies(outDir: string, { words, byVersion }: KeptTallies): void {
  let size = 0;
  for (const tally of byVersion.values()) size += 2 * tally.words.length;
  const all = new Int32Array(size);
  const versions: TalliesIndex['versions'] = [];
  let at = 0;
  for (const [digest, tally] of byVersion) {
    all.set(tally.words, at);
    all.set(tally.counts, at + tally.words.length);
    versions.push([digest, at, tally.words.length]);
    at += 2 * tally.words.length;
  }
  const bytes = Buffer.from(all.buffer, all.byteOffset, all.byteLength);
  mkdirSync(dirname(join(outDir, TALLIES_BIN)), { recursive: true });
  writeFileSync(join(outDir, TALLIES_BIN), bytes);
  const index: TalliesIndex = { words, versions, digest: digestOf(bytes) };
  writeFileSync(join(outDir, TALLIES_INDEX), JSON.stringify(index));
}

/**
 * The tallies kept beside the build in `dir`, or undefined when it kept none or they do not hold together (a build cut
 * short, a file changed by hand): the publish then counts every word again.
 */
function readKeptTallies(dir: string): KeptTallies | undefined {
  const binFile = join(dir, TALLIES_BIN);
  const index = readKeptJson<TalliesIndex>(join(dir, TALLIES_INDEX));
  if (!index || !existsSync(binFile)) return undefined;
  const bytes = readFileSync(binFile);
  if (index.digest !== digestOf(bytes) || bytes.byteLength % 4 !== 0) return undefined;
  // A copy, aligned for 32-bit reads (a Buffer may start anywhere in its memory).
  const all = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const byVersion = new Map<string, Tally>();
  for (const [digest, start, length] of index.versions) {
    if (start + 2 * length > all.length) return undefined;
    byVersion.set(digest, {
      words: all.subarray(start, start + length),
      counts: all.subarray(start + length, start + 2 * length),
    });
  }
  return { words: index.words, byVersion };
}
