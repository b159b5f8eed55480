import { describe, expect, it } from 'vitest';
import { buildState, editionStamp, type BuildState } from './buildState.ts';
import type { EditionManifest } from '../edition/manifest.ts';
import type { FirstViewChunks } from '../bundle/firstViewChunks.ts';

const state = (change: Partial<BuildState> = {}): BuildState => ({
  code: 'code',
  origin: 'https://kiosque.test',
  compressed: true,
  chunks: {
    entry: '/assets/index-a.js',
    common: [],
    byKind: { 'front-page': [], topic: [], article: [], search: [], 'not-found': [] },
    assets: [],
  },
  pages: { 'fr/index.html': 'p1', 'en/index.html': 'p2' },
  files: { 'content/fr/front/1.json': 'f1', 'content/en/front/1.json': 'f2' },
  inputs: {},
  ...change,
});

describe('editionStamp', () => {
  it('names the code by its entry chunk', () => {
    expect(editionStamp(state()).code).toBe('/assets/index-a.js');
  });

  it('is the same for the same pages and files, whatever order a build listed them in', () => {
    const reordered = state({
      pages: { 'en/index.html': 'p2', 'fr/index.html': 'p1' },
      files: { 'content/en/front/1.json': 'f2', 'content/fr/front/1.json': 'f1' },
    });
    expect(editionStamp(reordered)).toEqual(editionStamp(state()));
  });

  it('changes with any file, any page, and the code', () => {
    const stamps = [
      state(),
      state({ files: { ...state().files, 'content/fr/front/1.json': 'f3' } }),
      state({ pages: { ...state().pages, 'fr/articles/x.html': 'p3' } }),
      state({ chunks: { ...state().chunks, entry: '/assets/index-b.js' } }),
    ].map((one) => editionStamp(one).edition);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('does not change with what readers never get: the code’s sources and the site’s twins', () => {
    expect(editionStamp(state({ code: 'other', compressed: false }))).toEqual(editionStamp(state()));
  });
});

describe('buildState, for a publish', () => {
  const chunks: FirstViewChunks = { entry: '/assets/index-a.js', common: [], byKind: () => [], assets: [] };
  const options = { code: 'code', origin: 'https://kiosque.test', compressed: false };
  /** A manifest of two article files made from `inputs`, noting which texts were made. */
  function manifest(inputs: [string, string][], made: string[] = []): EditionManifest {
    const files = new Map(inputs.map(([path, from]) => [path, () => (made.push(path), `{"from":"${from}"}`)]));
    const kept = {
      tallies: { words: [], byVersion: new Map() },
      findings: new Map(),
      readingWords: new Map(),
      stories: { readAt: 0, byFolder: new Map() },
    };
    const storiesRead = { read: 0, of: 0 };
    return { pages: [], redirects: [], files, inputs: new Map(inputs), kept, warnings: [], storiesRead };
  }

  it('makes again only the files whose inputs changed, and digests them as a full build does', () => {
    const before = buildState(
      manifest([
        ['a.json', 'a1'],
        ['b.json', 'b1'],
      ]),
      options,
      chunks,
    );
    const made: string[] = [];
    const after = buildState(
      manifest(
        [
          ['a.json', 'a1'],
          ['b.json', 'b2'],
        ],
        made,
      ),
      options,
      chunks,
      before,
    );
    expect(made).toEqual(['b.json']);
    expect(after.files).toEqual(
      buildState(
        manifest([
          ['a.json', 'a1'],
          ['b.json', 'b2'],
        ]),
        options,
        chunks,
      ).files,
    );
    expect(after.files['b.json']).not.toBe(before.files['b.json']);
  });
});
