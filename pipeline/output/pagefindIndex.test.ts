import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndexes, placeFor, type IndexJob } from './pagefindIndex.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kiosque-pagefind-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const record = (lang: 'fr' | 'en', at: number) => ({
  url: `/${lang}/articles/story-${at}`,
  content: `${lang === 'fr' ? 'Le ministre de l’Intérieur' : 'The interior minister'} ${at}`,
  language: lang,
  meta: { title: `Story ${at}`, kind: 'dispatch' },
});

/** A publish's jobs under `root`: both libraries, and a part of three stories in each language. */
const jobsUnder = (root: string): IndexJob[] =>
  (['fr', 'en'] as const).flatMap((lang) => [
    { dir: join(root, lang), lang },
    { dir: join(root, lang, 'part'), lang, records: [1, 2, 3].map((at) => record(lang, at)) },
  ]);

/** Every file under `root`, by its path there, with its bytes. */
const filesUnder = (root: string) =>
  Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(root.length), readFileSync(file).toString('base64')];
      }),
  );

describe('Pagefind indexes', () => {
  it('are built here for a publish’s few records, by workers for a full build’s many', () => {
    expect(placeFor(jobsUnder(scratch))).toBe('here');
    const many = Array.from({ length: 500 }, (_, at) => record('fr', at));
    expect(placeFor([{ dir: scratch, lang: 'fr', records: many }])).toBe('workers');
  });

  it('are the same files, byte for byte, built by workers or here', async () => {
    const [byWorkers, here] = [join(scratch, 'workers'), join(scratch, 'here')];
    await buildIndexes(jobsUnder(byWorkers), 'workers');
    await buildIndexes(jobsUnder(here), 'here');
    const files = filesUnder(here);
    expect(Object.keys(files)).toContain('/fr/part/pagefind-entry.json');
    expect(filesUnder(byWorkers)).toEqual(files);
  });
});
