import { readFileSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check.ts';
import { loadContent, type LoadedContent } from './load.ts';
import { formatProblem } from './problems.ts';
import { unchangedSince, versionRecord, type FileKey, type KeptStories } from './storyRecords.ts';
import { copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';

const HOUR = 3_600_000;

describe('a version record', () => {
  it('holds all of a version but its paragraphs: its summary and its read-also lines with their places', () => {
    const record = versionRecord({
      slug: 'un-titre',
      headline: 'Un titre',
      credit: 'MAP',
      blocks: [
        { type: 'readAlso', id: 'r1', target: 'autre', text: 'Autre' },
        { type: 'paragraph', id: 'p1', text: 'Le premier paragraphe.' },
        { type: 'readAlso', id: 'r2', target: 'encore', text: 'Encore' },
      ],
    });
    expect(record).toEqual({
      slug: 'un-titre',
      headline: 'Un titre',
      credit: 'MAP',
      summary: 'Le premier paragraphe.',
      readAlso: [
        { index: 0, block: { type: 'readAlso', id: 'r1', target: 'autre', text: 'Autre' } },
        { index: 2, block: { type: 'readAlso', id: 'r2', target: 'encore', text: 'Encore' } },
      ],
    });
  });
});

describe("a story's files, unchanged since a build read them", () => {
  const readAt = Date.UTC(2026, 11, 7, 12);
  const key = (size: number, changed = readAt - HOUR): FileKey => [size, changed, changed, 77];

  it('are files of the same size, times and inode, and the same files present', () => {
    expect(unchangedSince([key(10), key(20), null], [key(10), key(20), null], readAt)).toBe(true);
    expect(unchangedSince([key(10), key(20), null], [key(10), key(21), null], readAt)).toBe(false);
    expect(unchangedSince([key(10), key(20), null], [key(10), key(20), key(5)], readAt)).toBe(false);
    expect(unchangedSince([key(10), key(20), key(5)], [key(10), key(20), null], readAt)).toBe(false);
    const otherInode: FileKey = [20, readAt - HOUR, readAt - HOUR, 78];
    expect(unchangedSince([key(10), key(20)], [key(10), otherInode], readAt)).toBe(false);
  });

  it('are not trusted when a file had changed within two seconds of being read: it could change again unseen', () => {
    const racy = key(20, readAt - 1500);
    expect(unchangedSince([key(10), racy], [key(10), racy], readAt)).toBe(false);
    const settled = key(20, readAt - 2500);
    expect(unchangedSince([key(10), settled], [key(10), settled], readAt)).toBe(true);
  });
});

/** What a build that read `content` would keep, as if it had read the files an hour after they were written. */
const keptFrom = (content: LoadedContent): KeptStories => ({
  readAt: content.stories.readAt + HOUR,
  byFolder: new Map([...content.stories.byFolder].map(([folder, story]) => [folder, structuredClone(story)])),
});

describe('loading the content with the stories a build kept', () => {
  it('takes the stories whose files are unchanged from what was kept, and reads the others', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const kept = keptFrom(loadContent(content.root));
    // A record no file has: only the kept story can give it.
    const alpha = kept.byFolder.get('depeche-alpha');
    if (alpha?.versions.fr) alpha.versions.fr.headline = 'Le titre gardé';
    content.edit('articles/contexte-beta/fr.json', (json) => (json.headline = 'Un nouveau titre'));

    const loaded = loadContent(content.root, kept);
    const byId = new Map(loaded.articles.map((article) => [article.meta.id, article]));
    expect(loaded.problems).toEqual([]);
    expect(byId.get('depeche-alpha')?.kept).toBe(true);
    expect(byId.get('depeche-alpha')?.versions.fr?.headline).toBe('Le titre gardé');
    expect(byId.get('contexte-beta')?.kept).toBe(false);
    expect(byId.get('contexte-beta')?.versions.fr?.headline).toBe('Un nouveau titre');
    // A kept story's text is read from its file when a page shows it.
    expect(byId.get('depeche-alpha')?.whole('fr')?.headline).not.toBe('Le titre gardé');
    expect(byId.get('depeche-alpha')?.whole('fr')?.blocks.length).toBeGreaterThan(1);
  });

  it('reads again a story whose file was only touched, or added', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const kept = keptFrom(loadContent(content.root));
    const past = new Date(Date.now() - 10 * HOUR);
    utimesSync(content.file('articles/contexte-gamma/en.json'), past, past);
    content.write(
      'articles/depeche-delta/en.json',
      readFileSync(content.file('articles/depeche-delta/fr.json'), 'utf8'),
    );

    const read = loadContent(content.root, kept).articles.filter((article) => !article.kept);
    expect(read.map((article) => article.meta.id).sort()).toEqual(['contexte-gamma', 'depeche-delta']);
  });

  it('still checks a kept story against the others: a link to a withdrawn story is a problem', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const kept = keptFrom(loadContent(content.root));
    content.remove('articles/contexte-gamma');

    const loaded = loadContent(content.root, kept);
    expect(loaded.articles.find((article) => article.meta.id === 'depeche-alpha')?.kept).toBe(true);
    expect(checkContent(loaded).map(formatProblem)).toEqual([
      expect.stringMatching(/depeche-alpha\/meta\.json: related\[1\]: no story has the id "contexte-gamma"/),
    ]);
  });

  it('stops the build when a kept story changes after it was loaded, before its page is made', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const kept = keptFrom(loadContent(content.root));
    const alpha = loadContent(content.root, kept).articles.find((article) => article.meta.id === 'depeche-alpha');
    content.edit('articles/depeche-alpha/fr.json', (json) => (json.credit = 'Une autre agence'));
    expect(() => alpha?.whole('fr')).toThrow(/depeche-alpha\/fr\.json changed while the edition was being built/);
  });
});
