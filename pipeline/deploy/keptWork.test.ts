import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEPT_TALLIES_FILES, readKeptWork, writeKeptWork } from './keptWork.ts';
import type { KeptWork } from '../edition/keptWork.ts';

const kept: KeptWork = {
  tallies: {
    words: ['rabat', 'helsinki', 'coopération'],
    byVersion: new Map([
      ['fr-digest', { words: Int32Array.of(0, 2), counts: Int32Array.of(3, 1) }],
      ['en-digest', { words: Int32Array.of(1), counts: Int32Array.of(2) }],
    ]),
  },
  findings: new Map([
    ['story-a', []],
    ['story-b', [{ lang: 'en', field: 'blocks[1].text', readAlsoTarget: 'story-a' }]],
  ]),
  readingWords: new Map([
    ['fr-digest', 412],
    ['en-digest', 377],
  ]),
  stories: {
    readAt: 1_796_000_000_000,
    byFolder: new Map([
      [
        'story-a',
        {
          files: [[120, 1_795_000_000_000.5, 1_795_000_000_001.25, 4242], [900, 1, 2, 4243], null],
          meta: { id: 'story-a', originalLanguage: 'fr', kind: 'dispatch', topics: ['security'], related: [] },
          versions: {
            fr: {
              slug: 'story-a',
              headline: 'Un titre',
              credit: 'MAP',
              summary: 'Le premier paragraphe.',
              readAlso: [
                { index: 1, block: { type: 'readAlso', id: 'p2', target: 'story-b', text: 'Un autre titre' } },
              ],
            },
          },
          digests: { story: 'story-a', versions: { fr: 'fr-digest' } },
        },
      ],
    ]),
  },
};

const inWords = ({ tallies: { words, byVersion }, findings, readingWords, stories }: KeptWork) => [
  [...byVersion].map(([version, tally]) => [version, [...tally.words].map((word) => words[word]), [...tally.counts]]),
  [...findings],
  [...readingWords],
  stories.readAt,
  [...stories.byFolder],
];

const newDir = () => mkdtempSync(join(tmpdir(), 'kiosque-kept-'));

describe('the work a build keeps for the next publish', () => {
  it('reads back as it was written', () => {
    const dir = newDir();
    writeKeptWork(dir, kept);
    const read = readKeptWork(dir);
    expect(read && inWords(read)).toEqual(inWords(kept));
  });

  it('is not used when there is none, or when a file was cut short or changed', () => {
    expect(readKeptWork(newDir())).toBeUndefined();
    for (const [path, spoil] of [
      [KEPT_TALLIES_FILES[0], (bytes: Buffer) => bytes.subarray(0, bytes.length - 4)],
      [KEPT_TALLIES_FILES[0], (bytes: Buffer) => Buffer.from(bytes.map((byte, at) => (at === 0 ? byte + 1 : byte)))],
      [KEPT_TALLIES_FILES[1], (bytes: Buffer) => bytes.subarray(0, 10)],
      ['.kiosque/findings.json', (bytes: Buffer) => bytes.subarray(0, 10)],
      ['.kiosque/reading.json', (bytes: Buffer) => bytes.subarray(0, 10)],
      ['.kiosque/stories.json', (bytes: Buffer) => bytes.subarray(0, 10)],
    ] as const) {
      const dir = newDir();
      writeKeptWork(dir, kept);
      const file = join(dir, path ?? '');
      writeFileSync(file, spoil(readFileSync(file)));
      expect(readKeptWork(dir), path).toBeUndefined();
    }
  });
});
