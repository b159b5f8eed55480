import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { digestOf } from '../content/digest.ts';
import type { KeptTallies, Tally } from '../edition/wordIndex.ts';

// The word tallies of every story version, kept beside a build (never served) for the next publish: counting the
// words of the whole archive again was most of finding related stories. Binary, since an archive of 10,000 stories has
// millions of (word, count) pairs: `.kiosque/tallies.bin` holds each version's word numbers then its counts, as
// 32-bit integers in this machine's byte order (the kept work never leaves the machine that made it), and
// `.kiosque/tallies.json` the vocabulary, where each version starts and how many words it has, and the binary's digest.

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

export function writeKeptTallies(outDir: string, { words, byVersion }: KeptTallies): void {
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
export function readKeptTallies(dir: string): KeptTallies | undefined {
  const binFile = join(dir, TALLIES_BIN);
  const indexFile = join(dir, TALLIES_INDEX);
  if (!existsSync(binFile) || !existsSync(indexFile)) return undefined;
  const bytes = readFileSync(binFile);
  let index: TalliesIndex;
  try {
    index = JSON.parse(readFileSync(indexFile, 'utf8')) as TalliesIndex;
  } catch {
    return undefined;
  }
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
