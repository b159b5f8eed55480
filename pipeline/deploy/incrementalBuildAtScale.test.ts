import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticEdition } from '../../scripts/bench/syntheticEdition.ts';
import { comparedBuilds } from '../testing/comparedBuilds.ts';
import { importWireCopy } from '../wire/importWireCopy.ts';

// A publish equals a full build on an edition of a few hundred stories too, where the pages' lists run to several
// pages, related stories come from the text, and the build renders in many batches. (A file of its own, so that
// the test runner runs it beside incrementalBuild.test.ts.)

const { work, build, tree } = comparedBuilds();

const DISPATCH = join(import.meta.dirname, '../testing/wire/cooperation-securitaire.txt');

describe('a publish from the previous edition', () => {
  it('on an edition of 300 stories, a new story changes only the first page of each listing, a new headline only the pages showing it; after a translation, a withdrawal and a new lead, a publish matches a full build', () => {
    const root = writeSyntheticEdition(300, join(work, 'synthetic-300'));
    // Without the compressed twins, which the tests above compare: a third of the time.
    const large = { contentRoot: root, twins: false };
    const story = (n: number) => join(root, 'articles', `synthetic-${String(n).padStart(6, '0')}`);
    const translation = readFileSync(join(story(50), 'en.json'), 'utf8');
    rmSync(join(story(50), 'en.json'));
    build('large-first', undefined, large);
    const imported = importWireCopy(DISPATCH, {
      root,
      lang: 'fr',
      kind: 'dispatch',
      dateline: 'Rabat',
      // Dated, as a wire service dates its dispatches: the newest story of the edition.
      published: new Date().toISOString().slice(0, 10),
      topics: ['general'],
    });
    build('large-import', 'large-first', large);
    const listings = changedListingPages('large-first', 'large-import');
    expect(listings).toContain('content/fr/front/1.json');
    expect(listings.filter((path) => !path.endsWith('/1.json'))).toEqual([]);
    retitle(story(150));
    build('large-retitle', 'large-import', large);
    // Story 150 sits on an archive page of each listing it is in: those pages, and only those, are written again.
    const archived = changedListingPages('large-import', 'large-retitle').filter((path) => !path.endsWith('/1.json'));
    const naming = listingPagesNaming('large-retitle', 'synthetic-000150');
    expect(archived.length).toBeGreaterThanOrEqual(2);
    expect(naming).toEqual(expect.arrayContaining(archived));
    for (const path of naming) expect(readFileSync(join(work, 'large-retitle', path), 'utf8')).toContain('(retitled)');
    writeFileSync(join(story(50), 'en.json'), translation);
    withdrawLastStory(root, story);
    writeFileSync(
      join(root, 'edition.json'),
      JSON.stringify({ lead: relative(join(root, 'articles'), join(imported.file, '..')) }),
    );
    const log = build('large-publish', 'large-retitle', large);
    expect(log).toMatch(
      /from .*large-retitle: \d+ of 300 stories read, .*; \d+ files and \d+ pages written, [1-9]\d* removed/,
    );
    // Stories 50 and 299 changed, and the imported one may have been written too short a time before it was read
    // (storyRecords.ts): the publish reads those, and takes the others' records from what the last build kept.
    expect(Number(/(\d+) of 300 stories read/.exec(log)?.[1])).toBeGreaterThanOrEqual(2);
    expect(Number(/(\d+) of 300 stories read/.exec(log)?.[1])).toBeLessThanOrEqual(3);
    build('large-full', undefined, large);
    expect(tree('large-publish')).toEqual(tree('large-full'));
  }, 300_000);
});

/**
 * The pages of the front page's and the topics' listings that differ between two builds. A publish of one new story
 * changes only each listing's first page, which shows the newest stories: the archive's pages stay as they were.
 */
function changedListingPages(before: string, after: string): string[] {
  const [a, b] = [tree(before), tree(after)];
  return Object.keys(b).filter(
    (path) => /^content\/\w+\/(front|topics\/[^/]+)\/\d+\.json$/.test(path) && a[path] !== b[path],
  );
}

/** The listing pages of build `dir` that show story `id`. */
function listingPagesNaming(dir: string, id: string): string[] {
  return Object.keys(tree(dir)).filter(
    (path) =>
      /^content\/\w+\/(front|topics\/[^/]+)\/\d+\.json$/.test(path) &&
      readFileSync(join(work, dir, path), 'utf8').includes(`"id":"${id}"`),
  );
}

/** Gives a story's every version a new headline. */
function retitle(dir: string) {
  for (const lang of ['fr', 'en']) {
    const file = join(dir, `${lang}.json`);
    const version = JSON.parse(readFileSync(file, 'utf8')) as { headline: string };
    writeFileSync(file, JSON.stringify({ ...version, headline: `${version.headline} (retitled)` }));
  }
}

/** Withdraws story 300, and points story 299's read-also and related story, which named it, at story 1. */
function withdrawLastStory(root: string, story: (n: number) => string) {
  rmSync(story(300), { recursive: true });
  const meta = JSON.parse(readFileSync(join(story(299), 'meta.json'), 'utf8')) as { related: string[] };
  writeFileSync(join(story(299), 'meta.json'), JSON.stringify({ ...meta, related: ['synthetic-000001'] }));
  for (const [lang, text] of [
    ['fr', 'Dépêche synthétique n° 1'],
    ['en', 'Synthetic dispatch no. 1'],
  ]) {
    const file = join(story(299), `${lang}.json`);
    const version = JSON.parse(readFileSync(file, 'utf8')) as { blocks: { type: string }[] };
    const blocks = version.blocks.map((block) =>
      block.type === 'readAlso' ? { ...block, target: 'synthetic-000001', text } : block,
    );
    writeFileSync(file, JSON.stringify({ ...version, blocks }));
  }
}
