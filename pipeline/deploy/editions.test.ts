import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  carryAssets,
  EDITION_FILE_LIST,
  editionDir,
  editionId,
  editionProblems,
  editions,
  finishEdition,
  liveEdition,
  liveHistory,
  makeLive,
  previousEdition,
  pruneEditions,
  rollBack,
  startEdition,
  switchLiveLink,
} from './editions.ts';

/** A site whose editions `ids` are whole builds, each holding the listed files (and `assets/<id>.js`). */
function siteWith(ids: string[]) {
  const site = mkdtempSync(join(tmpdir(), 'kiosque-editions-'));
  for (const id of ids) {
    const dir = editionDir(site, id);
    mkdirSync(join(dir, 'assets'), { recursive: true });
    mkdirSync(join(dir, '.kiosque'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), id);
    writeFileSync(join(dir, 'assets', `${id}.js`), id);
    writeFileSync(join(dir, EDITION_FILE_LIST), JSON.stringify(['index.html']));
  }
  return site;
}

describe('editions of a site', () => {
  it('ids sort in publishing order, to the millisecond', () => {
    const ids = [
      new Date('2026-12-02T09:00:00.005Z'),
      new Date('2026-12-02T09:00:00.040Z'),
      new Date('2026-12-02T10:00:00Z'),
    ].map(editionId);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).not.toMatch(/[:.]/);
  });

  it('makes an edition live by its link, and names the one before it', () => {
    const site = siteWith(['a', 'b', 'c']);
    expect(liveEdition(site)).toBeUndefined();
    switchLiveLink(site, 'b');
    expect(liveEdition(site)).toBe('b');
    expect(readFileSync(join(site, 'live', 'index.html'), 'utf8')).toBe('b');
    expect(previousEdition(site)).toBe('a');
    switchLiveLink(site, 'a');
    expect(previousEdition(site)).toBeUndefined();
    expect(() => switchLiveLink(site, 'z')).toThrow('no edition z');
  });

  it('keeps the live edition and the two before it', () => {
    const site = siteWith(['a', 'b', 'c', 'd', 'e']);
    switchLiveLink(site, 'e');
    expect(pruneEditions(site)).toEqual(['a', 'b']);
    expect(editions(site)).toEqual(['c', 'd', 'e']);
  });

  it('a rollback returns to the edition live before, never to one rolled back from', () => {
    const site = siteWith(['a', 'b', 'c']);
    makeLive(site, 'a');
    makeLive(site, 'b');
    expect(rollBack(site)).toBe('a');
    expect(liveEdition(site)).toBe('a');
    // A fix published after rolling back from b: a rollback from it returns to a, not to b.
    makeLive(site, 'c');
    expect(previousEdition(site)).toBe('a');
    expect(rollBack(site)).toBe('a');
    expect(liveHistory(site)).toEqual(['a']);
    expect(rollBack(site)).toBeUndefined();
    expect(liveEdition(site)).toBe('a');
  });

  it('keeps the live edition and the two a rollback returns to; removes those rolled back from, never the live one', () => {
    const site = siteWith(['a', 'b', 'c', 'd', 'e']);
    for (const id of ['a', 'b', 'c', 'd']) makeLive(site, id);
    rollBack(site);
    makeLive(site, 'e');
    expect(liveHistory(site)).toEqual(['a', 'b', 'c', 'e']);
    expect(pruneEditions(site)).toEqual(['a', 'd']);
    expect(editions(site)).toEqual(['b', 'c', 'e']);
    rollBack(site);
    rollBack(site);
    expect(liveEdition(site)).toBe('b');
    expect(pruneEditions(site)).toEqual(['c', 'e']);
    expect(editions(site)).toEqual(['b']);
  });

  it('gives a new edition the hashed assets of the one before, as links, without replacing its own', () => {
    const site = siteWith(['a', 'b']);
    writeFileSync(join(editionDir(site, 'a'), 'assets', 'shared.js'), 'old');
    writeFileSync(join(editionDir(site, 'b'), 'assets', 'shared.js'), 'new');
    expect(carryAssets([editionDir(site, 'a')], editionDir(site, 'b'))).toBe(1);
    expect(readdirSync(join(editionDir(site, 'b'), 'assets')).sort()).toEqual(['a.js', 'b.js', 'shared.js']);
    expect(readFileSync(join(editionDir(site, 'b'), 'assets', 'shared.js'), 'utf8')).toBe('new');
    expect(statSync(join(editionDir(site, 'b'), 'assets', 'a.js')).nlink).toBe(2);
  });

  it('carries each edition’s own code only, not what it kept for the editions before it', () => {
    const site = siteWith(['a', 'b', 'c']);
    // b kept a's chunk for a's open pages; its own code is b.js, as its build state says.
    writeFileSync(join(editionDir(site, 'b'), 'assets', 'a.js'), 'a');
    writeFileSync(
      join(editionDir(site, 'b'), '.kiosque', 'state.json'),
      JSON.stringify({ chunks: { assets: ['assets/b.js'] } }),
    );
    expect(carryAssets([editionDir(site, 'b')], editionDir(site, 'c'))).toBe(1);
    expect(readdirSync(join(editionDir(site, 'c'), 'assets')).sort()).toEqual(['b.js', 'c.js']);
  });
});

describe('a build on its way', () => {
  it('is not an edition until it is checked and finished', () => {
    const site = siteWith(['a']);
    const partial = startEdition(site, 'b');
    mkdirSync(join(partial, '.kiosque'), { recursive: true });
    writeFileSync(join(partial, 'index.html'), 'b');
    expect(editions(site)).toEqual(['a']);
    expect(editionProblems(partial)).toEqual([`${EDITION_FILE_LIST} is missing: the build did not finish`]);
    expect(() => finishEdition(site, partial, 'b')).toThrow('the build is incomplete');
    writeFileSync(join(partial, EDITION_FILE_LIST), JSON.stringify(['index.html', 'sw.js', 'fr/index.html']));
    writeFileSync(join(partial, 'sw.js'), '');
    expect(editionProblems(partial)).toEqual(['sw.js is missing or empty', 'fr/index.html is missing or empty']);
    writeFileSync(join(partial, 'sw.js'), 'self');
    mkdirSync(join(partial, 'fr'));
    writeFileSync(join(partial, 'fr/index.html'), 'fr');
    finishEdition(site, partial, 'b');
    expect(editions(site)).toEqual(['a', 'b']);
    expect(existsSync(partial)).toBe(false);
  });

  it('left behind by a crash is removed when the next one starts', () => {
    const site = siteWith(['a']);
    const crashed = startEdition(site, 'b');
    mkdirSync(crashed);
    startEdition(site, 'c');
    expect(existsSync(crashed)).toBe(false);
    expect(() => startEdition(site, 'a')).toThrow('an edition a exists already');
  });
});
