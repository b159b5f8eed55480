import { describe, expect, it } from 'vitest';
import { excerptShowing, queryWords, wordsMatched } from './matchedWords.ts';

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

  it('reads a ligature as the two letters readers type for it', () => {
    expect(matches(['cœur'], 'coeur')).toEqual(['coeur']);
    expect(matches(['œuvré'], 'oeuvre')).toEqual(['oeuvre']);
  });

  it('reads each part of a compound as a word of its own', () => {
    expect(matches(['al-Azhar'], 'Azhar')).toEqual(['azhar']);
    expect(matches(['sub-Saharan'], 'Saharan')).toEqual(['saharan']);
    expect(matches(['Haut-Commissariat'], 'commissariat')).toEqual(['commissariat']);
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

describe('excerptShowing', () => {
  const text =
    'Le ministre a reçu son homologue finlandais à Rabat. ' +
    'Ils ont parlé de sécurité, de migrations et de la coopération entre les deux pays pendant une longue heure, ' +
    'puis de la coopération entre le Maroc et la Finlande & ses voisins en matière sécuritaire.';

  it('cuts the text around the first word the reader typed, marking each of its forms, escaped as Pagefind escapes', () => {
    const excerpt = excerptShowing(text, queryWords('Finlande')) ?? '';
    expect(excerpt).toContain('<mark>Finlande</mark> &amp; ses voisins');
    expect(excerpt).not.toContain('finlandais');
    expect(excerpt.split(' ')).toHaveLength(24);
  });

  it('marks every typed word in the passage, anchored on the one asked for', () => {
    const excerpt = excerptShowing(text, queryWords('Maroc Finlande'), queryWords('Finlande')) ?? '';
    expect(excerpt).toContain('<mark>Maroc</mark>');
    expect(excerpt).toContain('<mark>Finlande</mark>');
  });

  it('says when the text has no form of the word', () => {
    expect(excerptShowing(text, queryWords('Norvège'))).toBeUndefined();
  });
});
