import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WireCopyError, parseWireCopy } from './wireCopy.ts';
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
    expect(() => parseWireCopy('Un titre\n>>Lire aussi : Autre')).toThrow('line 1: the headline has no paragraphs after it');
  });

  it('matches titles whatever their apostrophes and spacing', () => {
    expect(titleKey("ancrées  dans l'histoire")).toBe(titleKey('ancrées dans l’histoire'));
  });
});
