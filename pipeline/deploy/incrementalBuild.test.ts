import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWireCopy } from '../wire/importWireCopy.ts';
import { comparedBuilds, type BuildOptions } from '../testing/comparedBuilds.ts';
import { copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';
import { BUILD_STATE } from './buildState.ts';
import { PRERENDER_STAGE, readBuildRecord, SEARCH_INDEX_STAGE } from './stageTimes.ts';

// A publish that writes only what changed writes exactly what a full build of the same content
// writes, byte for byte, and never touches the edition it starts from (on a few hundred stories too:
// incrementalBuildAtScale.test.ts).

const content = copyOfContent(FROZEN_EDITION);
const { work, stagesOf, build: buildFrom, tree } = comparedBuilds();
const build = (outDir: string, from?: string, options: Partial<BuildOptions> = {}) =>
  buildFrom(outDir, from, { contentRoot: content.root, ...options });

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
    expect(log).toMatch(
      /from .*first: \d+ of \d+ stories read, the others unchanged; \d+ files and \d+ pages written, 0 removed/,
    );
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

  it('after a story is withdrawn and a topic loses its last story, removes their pages and files, and matches a full build', () => {
    content.remove('articles/depeche-delta');
    // "culture" was contexte-beta's and contexte-gamma's: its pages and their folders go.
    content.edit('articles/contexte-beta/meta.json', (json) => (json.topics = ['security']));
    content.edit('articles/contexte-gamma/meta.json', (json) => (json.topics = ['security']));
    const log = build('withdrawn', 'full');
    expect(log).toMatch(/[1-9]\d* removed/);
    build('withdrawn-full');
    expect(tree('withdrawn')).toEqual(tree('withdrawn-full'));
    expect(Object.keys(tree('withdrawn')).filter((file) => file.includes('depeche-delta'))).toEqual([]);
    expect(Object.values(tree('withdrawn'))).not.toContain('an empty folder');
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
});
