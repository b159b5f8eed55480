import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_PARAGRAPH, WireCopyError, parseWireCopy } from './wireCopy.ts';
import { titleKey } from '../content/titles.ts';
import { CONTENT_ROOT } from '../testing/fixture.ts';

const SEED = readFileSync(join(CONTENT_ROOT, 'wire/000_1a30d88766c2ef44.txt'), 'utf8');
const READ_ALSO_TITLE = 'Les relations culturelles entre Rabat et Le Caire ancrées dans l’histoire';

describe('parseWireCopy', () => {
  it('reads the seed: headline, seven paragraphs and one read-also line', () => {
    const dispatch = parseWireCopy(SEED);
    expect(dispatch.headline).toBe(
      'Le ministre de l’Intérieur examine avec son homologue finlandais les moyens de renforcer la coopération sécuritaire',
    );
    expect(dispatch.body.map((line) => line.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'readAlso',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(dispatch.body[3]).toEqual({ type: 'readAlso', title: READ_ALSO_TITLE, line: 5 });
  });

  it('refuses an empty file and a headline without paragraphs', () => {
    expect(() => parseWireCopy('\n  \n')).toThrow(new WireCopyError('the file is empty'));
    expect(() => parseWireCopy('Un titre\n>>Lire aussi : Autre')).toThrow(
      'line 1: the headline has no paragraphs after it',
    );
  });

  it('matches titles whatever their apostrophes and spacing', () => {
    expect(titleKey("ancrées  dans l'histoire")).toBe(titleKey('ancrées dans l’histoire'));
  });
});

describe('parseWireCopy tells an editor of dubious copy, and keeps it', () => {
  it('has nothing to say of the seed, which it keeps verbatim', () => {
    const dispatch = parseWireCopy(SEED);
    expect(dispatch.warnings).toEqual([]);
    const texts = [
      dispatch.headline,
      ...dispatch.body.map((line) => (line.type === 'paragraph' ? line.text : `>>Lire aussi : ${line.title}`)),
    ];
    expect(texts.join('\n')).toBe(
      SEED.trim()
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n'),
    );
  });

  it('reads HTML entities as the characters they stand for, as text, and says which', () => {
    const dispatch = parseWireCopy(
      'Recherche &amp; d&eacute;veloppement\nLe mot &laquo;&nbsp;R&D&nbsp;&raquo; et &lt;b&gt; restent du texte.\n',
    );
    expect(dispatch.headline).toBe('Recherche & développement');
    expect(dispatch.body[0]).toMatchObject({ text: 'Le mot «\u00a0R&D\u00a0» et <b> restent du texte.' });
    expect(dispatch.warnings).toEqual([
      { line: 1, message: 'HTML entities read as the characters they stand for: &amp; → &, &eacute; → é' },
      {
        line: 2,
        message: expect.stringMatching(
          /^HTML entities read as the characters they stand for: &laquo; → «, &nbsp; → .*&lt; → <, &gt; → >$/,
        ),
      },
    ]);
  });

  it('says a paragraph is suspiciously long, and keeps it whole', () => {
    const long = 'Une phrase de la dépêche. '.repeat(2000).trim();
    const dispatch = parseWireCopy(`Titre\nCourt.\n${long}\n`);
    expect(dispatch.body[1]).toMatchObject({ text: long });
    expect(dispatch.warnings).toEqual([
      { line: 3, message: `a paragraph of ${long.length} characters: several run together?` },
    ]);
    expect(long.length).toBeGreaterThan(LONG_PARAGRAPH);
  });

  it('says where straight apostrophes stand beside curly ones, and keeps both', () => {
    const dispatch = parseWireCopy("L’État et la région\nL’accord.\nC'est l'avis du ministre.\nD'autres suivront.\n");
    expect(dispatch.body[1]).toMatchObject({ text: "C'est l'avis du ministre." });
    expect(dispatch.warnings).toEqual([
      {
        line: 3,
        message: "straight apostrophes (') beside curly ones (’) elsewhere (and 1 more line(s)): kept as written",
      },
    ]);
    expect(parseWireCopy("L'État\nC'est dit.\n").warnings).toEqual([]);
  });
});
