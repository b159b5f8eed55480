import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_TALLIES_FILES, readKeptTallies, writeKeptTallies } from './keptTallies.ts';
import type { KeptTallies } from '../edition/wordIndex.ts';

const kept: KeptTallies = {
  words: ['rabat', 'helsinki', 'coopération'],
  byVersion: new Map([
    ['fr-digest', { words: Int32Array.of(0, 2), counts: Int32Array.of(3, 1) }],
    ['en-digest', { words: Int32Array.of(1), counts: Int32Array.of(2) }],
  ]),
};

const inWords = ({ words, byVersion }: KeptTallies) =>
  [...byVersion].map(([version, tally]) => [version, [...tally.words].map((word) => words[word]), [...tally.counts]]);

describe('the word tallies a build keeps for the next publish', () => {
  it('read back as they were written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-tallies-'));
    writeKeptTallies(dir, kept);
    const read = readKeptTallies(dir);
    expect(read && inWords(read)).toEqual(inWords(kept));
  });

  it('are not used when there are none, or when a file was cut short or changed', () => {
    expect(readKeptTallies(mkdtempSync(join(tmpdir(), 'kiosque-tallies-')))).toBeUndefined();
    for (const [path, spoil] of [
      [KEPT_TALLIES_FILES[0], (bytes: Buffer) => bytes.subarray(0, bytes.length - 4)],
      [KEPT_TALLIES_FILES[0], (bytes: Buffer) => Buffer.from(bytes.map((byte, at) => (at === 0 ? byte + 1 : byte)))],
      [KEPT_TALLIES_FILES[1], (bytes: Buffer) => bytes.subarray(0, 10)],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'kiosque-tallies-'));
      writeKeptTallies(dir, kept);
      const file = join(dir, path ?? '');
      writeFileSync(file, spoil(readFileSync(file)));
      expect(readKeptTallies(dir), path).toBeUndefined();
    }
  });
});
