import { describe, expect, it } from 'vitest';
import { editionStamp, type BuildState } from './buildState.ts';

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
