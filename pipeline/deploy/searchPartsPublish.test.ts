import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparedBuilds, type BuildOptions } from '../testing/comparedBuilds.ts';
import { copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';
import { importWireCopy } from '../wire/importWireCopy.ts';

// A publish builds only the search index's parts that changed, and the index is still a full build's, byte for byte.
// (A file of its own, so that the test runner runs it beside incrementalBuild.test.ts.)

const content = copyOfContent(FROZEN_EDITION);
const { build: buildFrom, tree } = comparedBuilds();
const build = (outDir: string, from?: string, options: Partial<BuildOptions> = {}) =>
  buildFrom(outDir, from, { contentRoot: content.root, ...options });

describe('a publish from the previous edition', () => {
  it('keeps the search index parts a new story leaves as they were, and matches a full build', () => {
    const parts = '2,1';
    build('parts-first', undefined, { searchParts: parts });
    const first = tree('parts-first');
    const english = join(import.meta.dirname, '../testing/wire/security-cooperation-english-only.txt');
    importWireCopy(english, {
      root: content.root,
      lang: 'en',
      kind: 'dispatch',
      published: '2030-01-01',
      topics: ['security'],
    });
    const log = build('parts-incremental', 'parts-first', { searchParts: parts });
    const [built, of] = (/search index: (\d+) of (\d+) parts built/.exec(log) ?? []).slice(1).map(Number);
    expect(of).toBeGreaterThan(built ?? of ?? 0);
    build('parts-full', undefined, { searchParts: parts });
    expect(tree('parts-incremental')).toEqual(tree('parts-full'));
    expect(tree('parts-first')).toEqual(first);
  }, 180_000);
});
