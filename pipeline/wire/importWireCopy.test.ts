import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWireCopy, type ImportOptions } from './importWireCopy.ts';
import { findContentProblems } from '../content/inspect.ts';
import { CONTENT_ROOT, copyOfContent, SEED_ID } from '../testing/fixture.ts';

const SEED_FILE = join(CONTENT_ROOT, 'wire/000_1a30d88766c2ef44.txt');
const SEED = readFileSync(SEED_FILE, 'utf8');
const COMMITTED = readFileSync(join(CONTENT_ROOT, 'articles', SEED_ID, 'fr.json'), 'utf8');
const READ_ALSO = 'Les relations culturelles entre Rabat et Le Caire ancrées dans l’histoire';

function dispatchFile(content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kiosque-dispatch-')), 'dispatch.txt');
  writeFileSync(file, content);
  return file;
}

/** A copy of the content without the seed article, ready to import it again. */
function contentWithoutSeed() {
  const content = copyOfContent(CONTENT_ROOT);
  content.remove(`articles/${SEED_ID}`);
  return content;
}

const SEED_TOPICS = ['security-cooperation', 'terrorism', 'morocco', 'finland'];
const options = (root: string, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  root,
  lang: 'fr',
  kind: 'dispatch',
  dateline: 'Rabat',
  topics: SEED_TOPICS,
  ...extra,
});

/** Every file under `root` with its bytes, to prove that a refused import wrote nothing. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

describe('importWireCopy', () => {
  it('reproduces the committed seed article byte for byte', () => {
    const content = contentWithoutSeed();
    const result = importWireCopy(SEED_FILE, options(content.root));
    expect(result.status).toBe('written');
    expect(result.file).toMatch(new RegExp(`articles/${SEED_ID}/fr.json$`));
    expect(readFileSync(content.file(`articles/${SEED_ID}/fr.json`), 'utf8')).toBe(COMMITTED);
    expect(JSON.parse(readFileSync(content.file(`articles/${SEED_ID}/meta.json`), 'utf8'))).toEqual({
      id: SEED_ID,
      originalLanguage: 'fr',
      kind: 'dispatch',
      topics: SEED_TOPICS,
      related: ['relations-culturelles-rabat-caire-ancrees-histoire'],
    });
  });

  it('dates a new story with the day its source gives, and refuses what is not a day', () => {
    const content = contentWithoutSeed();
    expect(() => importWireCopy(SEED_FILE, options(content.root, { published: '2 décembre' }))).toThrow(
      '--published must be a day, YYYY-MM-DD, not "2 décembre"',
    );
    expect(() => importWireCopy(SEED_FILE, options(content.root, { published: '2026-02-30' }))).toThrow(
      '--published must be a day',
    );
    importWireCopy(SEED_FILE, options(content.root, { published: '2026-12-01' }));
    const meta = JSON.parse(readFileSync(content.file(`articles/${SEED_ID}/meta.json`), 'utf8')) as {
      published?: string;
    };
    expect(meta.published).toBe('2026-12-01');
    expect(findContentProblems(content.root)).toEqual([]);
  });

  it('refuses an unknown topic, naming the known ones, and a new story without one', () => {
    const content = contentWithoutSeed();
    expect(() => importWireCopy(SEED_FILE, options(content.root, { topics: ['sport'] }))).toThrow(
      /^unknown topic "sport"; the topics in \S*kiosque-content-\w+\/topics\.json are security-cooperation, terrorism, international-law, migration, morocco, finland, egypt, culture$/,
    );
    expect(() => importWireCopy(SEED_FILE, options(content.root, { topics: [] }))).toThrow(
      'a new story needs at least one --topic',
    );
  });

  it('rewrites nothing when the article already exists', () => {
    const content = copyOfContent(CONTENT_ROOT);
    const file = content.file(`articles/${SEED_ID}/fr.json`);
    const before = statSync(file).mtimeMs;
    // No --dateline: the one the editor gave earlier is kept.
    const result = importWireCopy(SEED_FILE, { root: content.root, lang: 'fr', kind: 'dispatch' });
    expect(result.status).toBe('unchanged');
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe(COMMITTED);
  });

  it('never replaces a different article without --force', () => {
    const content = copyOfContent(CONTENT_ROOT);
    const changed = dispatchFile(SEED.replace('lundi à Rabat', 'mardi à Rabat'));
    const before = snapshot(content.root);
    expect(() => importWireCopy(changed, options(content.root))).toThrow(
      /already holds a different fr article; use --force/,
    );
    expect(snapshot(content.root)).toEqual(before);
    expect(importWireCopy(changed, options(content.root, { force: true })).status).toBe('written');
    expect(readFileSync(content.file(`articles/${SEED_ID}/fr.json`), 'utf8')).toContain('mardi à Rabat');
  });

  it('does not add a version to another story’s folder without --force', () => {
    const content = copyOfContent(CONTENT_ROOT);
    content.remove(`articles/${SEED_ID}/fr.json`);
    expect(() => importWireCopy(SEED_FILE, options(content.root))).toThrow(/already holds another story/);
  });

  it('refuses a dispatch whose headline another story already has', () => {
    const content = contentWithoutSeed();
    const other = 'articles/strategie-nationale-immigration-asile-maroc/fr.json';
    content.edit(other, (json) => (json.headline = SEED.split('\n')[0]!));
    const before = snapshot(content.root);
    expect(() => importWireCopy(SEED_FILE, options(content.root, { force: true }))).toThrow(
      /^".+" is already the fr headline of "strategie-nationale-immigration-asile-maroc"$/,
    );
    expect(snapshot(content.root)).toEqual(before);
  });

  it('never adds a version of another kind to a story, even with --force', () => {
    const content = copyOfContent(CONTENT_ROOT);
    const explainer = 'relations-culturelles-rabat-caire-ancrees-histoire';
    const dispatch = dispatchFile(`${READ_ALSO}\nUn paragraphe.\n`);
    const before = snapshot(content.root);
    expect(() => importWireCopy(dispatch, options(content.root, { lang: 'en', force: true }))).toThrow(
      new RegExp(
        `articles/${explainer} holds a story of kind "explainer", and --force keeps a story's kind: import this version with --kind explainer$`,
      ),
    );
    expect(snapshot(content.root)).toEqual(before);
  });

  it('accepts CRLF, a BOM, trailing spaces, blank lines and non-breaking spaces', () => {
    const noisy = `\uFEFF${SEED.split('\n')
      .map((line) => `${line} \u00a0\t`)
      .join('\r\n\r\n')}\r\n`;
    const content = contentWithoutSeed();
    importWireCopy(dispatchFile(noisy), options(content.root));
    expect(readFileSync(content.file(`articles/${SEED_ID}/fr.json`), 'utf8')).toBe(COMMITTED);
  });

  it.each([
    ['>>Lire aussi : Les relations culturelles entre Rabat et Le Caire ancrées dans l’histoire'],
    [">> Lire aussi: Les relations culturelles entre Rabat et Le Caire ancrées dans l'histoire"],
    ['Lire aussi :  Les relations  culturelles entre Rabat et\u00a0Le Caire ancrées dans l’histoire'],
    ['>>LIRE AUSSI\u00a0: les relations culturelles entre Rabat et Le Caire ancrées dans l’histoire'],
  ])('resolves the read-also spelling %j and keeps its text', (line) => {
    const content = contentWithoutSeed();
    importWireCopy(dispatchFile(SEED.replace(`>>Lire aussi : ${READ_ALSO}`, line)), options(content.root));
    const version = JSON.parse(readFileSync(content.file(`articles/${SEED_ID}/fr.json`), 'utf8')) as {
      blocks: { type: string; target?: string; text: string }[];
    };
    const readAlso = version.blocks.find((block) => block.type === 'readAlso');
    expect(readAlso?.target).toBe('relations-culturelles-rabat-caire-ancrees-histoire');
    expect(readAlso?.text).toBe(line.replace(/^(>>)?\s*lire aussi\s*:\s*/iu, ''));
  });

  it('makes a French-only dispatch that is valid content', () => {
    const content = copyOfContent(CONTENT_ROOT);
    const file = dispatchFile('Un titre de dépêche\nPremier paragraphe.\nSecond paragraphe.\n');
    importWireCopy(file, options(content.root));
    expect(findContentProblems(content.root)).toEqual([]);
  });
});

describe('importWireCopy refuses bad input, names the line and writes nothing', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', ' \r\n\n', /^the file is empty$/],
    ['a headline without paragraphs', 'Un titre seul\n\n', /^line 1: the headline has no paragraphs after it$/],
    [
      'a headline followed only by a read-also',
      `Un titre\n>>Lire aussi : ${READ_ALSO}`,
      /^line 1: the headline has no paragraphs/,
    ],
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from('Titre\nParagraphe\n'), Buffer.from([0x66, 0xc3, 0x28])]),
      /^line 3: is not valid UTF-8 text$/,
    ],
    [
      'a read-also that matches no story',
      'Titre\nParagraphe.\n>>Lire aussi : Une histoire inconnue',
      /^line 3: no story is titled "Une histoire inconnue"$/,
    ],
    [
      'a headline over 300 characters',
      `${'a'.repeat(301)}\nParagraphe.`,
      /^line 1: the headline is 301 characters long; the limit is 300$/,
    ],
    [
      'a file over 1 MB',
      `Titre\n${'a'.repeat(1024 * 1024)}`,
      /^the file is 1048582 bytes; the limit is 1048576 \(1 MB\)$/,
    ],
  ];

  it.each(cases)('%s', (_name, text, message) => {
    const content = copyOfContent(CONTENT_ROOT);
    const before = snapshot(content.root);
    expect(() => importWireCopy(dispatchFile(text), options(content.root))).toThrow(message);
    expect(snapshot(content.root)).toEqual(before);
  });
});
