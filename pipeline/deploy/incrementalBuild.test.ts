import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWireCopy } from '../wire/importWireCopy.ts';
import { copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';
import { BUILD_STATE } from './buildState.ts';
import { PRERENDER_STAGE, readBuildRecord, SEARCH_INDEX_STAGE } from './stageTimes.ts';
import { buildArgs } from '../../scripts/buildCommand.ts';
import { writeSyntheticEdition } from '../../scripts/bench/syntheticEdition.ts';

// A publish that writes only what changed writes exactly what a full build of the same content
// writes, byte for byte, and never touches the edition it starts from.

const content = copyOfContent(FROZEN_EDITION);
const work = mkdtempSync(join(tmpdir(), 'kiosque-incremental-'));

/** Where a build's stages are written: beside its edition, never in it. */
const stagesOf = (outDir: string) => join(work, `${outDir}.stages.json`);

type BuildOptions = { site?: string; searchParts?: string; contentRoot?: string; twins?: boolean };

function build(
  outDir: string,
  from?: string,
  { site = '', searchParts = '', contentRoot = content.root, twins = true }: BuildOptions = {},
) {
  const options = [...(from ? ['--from', join(work, from)] : []), ...(twins ? [] : ['--no-precompress'])];
  const args = buildArgs(['--outDir', join(work, outDir), '--stages', stagesOf(outDir), ...options]);
  const env = {
    ...process.env,
    KIOSQUE_CONTENT: contentRoot,
    KIOSQUE_SITE_URL: site,
    KIOSQUE_SEARCH_PARTS: searchParts,
    // Batches of a few pages: a full build of these small editions renders on every core, as a large one does.
    KIOSQUE_PRERENDER_BATCH: '4',
  };
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Every file under `dir` with a digest of its bytes. */
function tree(dir: string): Record<string, string> {
  const root = join(work, dir);
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file): [string, string] => [
        relative(root, file),
        createHash('sha256').update(readFileSync(file)).digest('hex'),
      ])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const DISPATCH = join(import.meta.dirname, '../testing/wire/cooperation-securitaire.txt');

describe('a publish from the previous edition', () => {
  it('after an import and a change of lead, writes only what changed, and the same bytes as a full build', () => {
    build('first');
    const first = tree('first');
    const imported = importWireCopy(DISPATCH, {
      root: content.root,
      lang: 'fr',
      kind: 'dispatch',
      dateline: 'Rabat',
      topics: ['security'],
    });
    content.edit(
      'edition.json',
      (json) => (json.lead = relative(join(content.root, 'articles'), join(imported.file, '..'))),
    );
    const log = build('incremental', 'first');
    expect(log).toMatch(/from .*first: \d+ files and \d+ pages written, 0 removed/);
    const written = Number(/(\d+) pages written/.exec(log)?.[1]);
    build('full');
    expect(tree('incremental')).toEqual(tree('full'));
    expect(tree('first')).toEqual(first);
    // The new story's two pages (French; English shows the French), both front pages, the topic's, and the stories
    // whose related lists changed: not every page.
    expect(written).toBeLessThan(
      Object.keys(JSON.parse(readFileSync(join(work, 'full', BUILD_STATE), 'utf8')).pages as object).length,
    );
    expect(written).toBeGreaterThanOrEqual(4);
  }, 180_000);

  it('after a story is withdrawn, removes its pages and files, and matches a full build', () => {
    content.remove('articles/depeche-delta');
    const log = build('withdrawn', 'full');
    expect(log).toMatch(/[1-9]\d* removed/);
    build('withdrawn-full');
    expect(tree('withdrawn')).toEqual(tree('withdrawn-full'));
    expect(Object.keys(tree('withdrawn')).filter((file) => file.includes('depeche-delta'))).toEqual([]);
  }, 180_000);

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

  it('records how long each stage of both builds took, the search index among them, and their peak memory, for the benchmark', () => {
    const { stages: full, peakMemoryMb } = readBuildRecord(stagesOf('first'));
    const { stages: publish } = readBuildRecord(stagesOf('incremental'));
    expect(peakMemoryMb).toBeGreaterThan(0);
    expect(Object.keys(full)).toEqual(expect.arrayContaining([PRERENDER_STAGE, SEARCH_INDEX_STAGE]));
    expect(Object.keys(publish)).toEqual(expect.arrayContaining(['render changed pages', SEARCH_INDEX_STAGE]));
    expect([...Object.values(full), ...Object.values(publish)].every((seconds) => seconds >= 0)).toBe(true);
  });

  it('from an edition built from other code, builds every page', () => {
    cpSync(join(work, 'first'), join(work, 'other-code'), { recursive: true });
    const state = JSON.parse(readFileSync(join(work, 'other-code', BUILD_STATE), 'utf8')) as { code: string };
    writeFileSync(join(work, 'other-code', BUILD_STATE), JSON.stringify({ ...state, code: 'another version' }));
    expect(build('after-other-code', 'other-code')).toContain('it was built from other code, so every page is built');
  }, 180_000);

  // The site's address is in every page (canonical links, the printed address under a story).
  it('from an edition built for another site address, builds every page, the same bytes as a full build for the new one', () => {
    const site = 'https://kiosque.example';
    expect(build('new-site', 'full', { site })).toContain(
      'it names another site address (http://localhost:4173), so every page is built',
    );
    build('new-site-full', undefined, { site });
    expect(tree('new-site')).toEqual(tree('new-site-full'));
    expect(readFileSync(join(work, 'new-site', 'sitemap.xml'), 'utf8')).toContain(site);
  }, 180_000);

  it('on an edition of 300 stories, after an import, a translation, a withdrawal and a new lead, matches a full build', () => {
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
      topics: ['general'],
    });
    writeFileSync(join(story(50), 'en.json'), translation);
    withdrawLastStory(root, story);
    writeFileSync(
      join(root, 'edition.json'),
      JSON.stringify({ lead: relative(join(root, 'articles'), join(imported.file, '..')) }),
    );
    const log = build('large-publish', 'large-first', large);
    expect(log).toMatch(/from .*large-first: \d+ files and \d+ pages written, [1-9]\d* removed/);
    build('large-full', undefined, large);
    expect(tree('large-publish')).toEqual(tree('large-full'));
  }, 300_000);
});

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
