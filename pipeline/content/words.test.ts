import { describe, expect, it } from 'vitest';
import { foldText, plainWords } from './words.ts';

// Letters with accents, precomposed and decomposed, ligatures, other scripts, digits, and what
// separates words in French and English typography.
const PIECES = [
  'É',
  'e\u0301',
  'œ',
  'Æ',
  'ß',
  'ﬁ',
  'İ',
  'ı',
  'Ω',
  'ч',
  '٣',
  '7',
  'a',
  'Z',
  'le',
  'the',
  ' ',
  '\u00a0',
  '\u202f',
  '’',
  "'",
  '-',
  '«',
  '»',
  ':',
  '…',
  '😀',
  '\u0301',
  '\n',
];

function randomText(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: 1 + (next() % 40) }, () => PIECES[next() % PIECES.length]).join('');
}

describe('plainWords', () => {
  it('folds accents and ligatures, lowercases, and drops stop words', () => {
    expect(plainWords("Le ministre de l’Intérieur examine l'Œuvre « sécurité » à Rabat")).toEqual([
      'ministre',
      'interieur',
      'examine',
      'oeuvre',
      'securite',
      'rabat',
    ]);
    expect(plainWords('The cooperation of Finland and Morocco, 2024')).toEqual([
      'cooperation',
      'finland',
      'morocco',
      '2024',
    ]);
  });

  it('gives what folding the whole text at once gives (it folds run by run), whatever the text', () => {
    expect(['le', 'the', 'de'].flatMap((word) => plainWords(word))).toEqual([]);
    for (let seed = 1; seed <= 2000; seed += 1) {
      const text = randomText(seed);
      expect(plainWords(text), JSON.stringify(text)).toEqual(foldText(text));
    }
  });

  it('answers the same for a text seen before', () => {
    const text = 'Coopération sécuritaire entre le Maroc et la Finlande';
    expect(plainWords(text)).toEqual(plainWords(text));
    expect(plainWords(text)).toEqual(['cooperation', 'securitaire', 'maroc', 'finlande']);
  });
});
