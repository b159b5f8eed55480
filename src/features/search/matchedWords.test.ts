import { describe, expect, it } from 'vitest';
import { queryWords, wordsMatched } from './matchedWords.ts';

const matches = (marks: string[], query: string) => [...wordsMatched(marks, queryWords(query))];

describe('wordsMatched', () => {
  it('keeps forms of the typed word, with or without accents, capitals and punctuation', () => {
    expect(matches(['régularisation'], 'régularisations')).toEqual(['regularisations']);
    expect(matches(['coopération'], 'cooperation')).toEqual(['cooperation']);
    expect(matches(['ministre'], 'ministres')).toEqual(['ministres']);
    expect(matches(['finlandais,'], 'Finlandais')).toEqual(['finlandais']);
    expect(matches(['l’Intérieur'], 'intérieur')).toEqual(['interieur']);
    expect(matches(['Laftit'], 'laf')).toEqual(['laf']);
  });

  it('drops what Pagefind finds for a word it does not know: a mere beginning of it', () => {
    expect(matches(['fin', 'finir'], 'Finnish')).toEqual([]);
    expect(matches(['un', 'un'], 'UNHCR')).toEqual([]);
    expect(matches(['a', 'à'], 'aaaaa')).toEqual([]);
    expect(matches(['M'], 'Marrakesh')).toEqual([]);
    expect(matches(['au'], 'aujourd’hui')).toEqual([]);
    expect(matches(['passés', 'passé'], 'passeurs')).toEqual([]);
    expect(matches(['al-Fihriya'], 'al-Qarawiyyin')).toEqual([]);
    expect(matches(['Combat'], 'combattants')).toEqual([]);
  });

  it('says which words of a query matched', () => {
    expect(matches(['Maroc'], 'Morocco Maroc')).toEqual(['maroc']);
    expect(matches(['Finnish', 'counterpart'], 'Finnish counterpart')).toEqual(['finnish', 'counterpart']);
  });

  it('reads a query into folded words', () => {
    expect(queryWords('  Le  Caire ')).toEqual(['le', 'caire']);
    expect(queryWords('« ! »')).toEqual([]);
  });
});
