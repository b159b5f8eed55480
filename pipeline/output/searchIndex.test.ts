import { describe, expect, it } from 'vitest';
import { manifestFromContent } from '../edition/manifestFromContent.ts';
import { searchRecords } from './searchIndex.ts';
import { searchVariants } from './searchVariants.ts';
import { FROZEN_EDITION } from '../testing/fixture.ts';

const { pages } = manifestFromContent(FROZEN_EDITION, 'https://kiosque.example');
const recordsOf = (lang: 'fr' | 'en') => searchRecords(pages, lang).map(({ record }) => record);

describe('the search records', () => {
  it('hold every story a language’s pages show, once, in that language’s bundle', () => {
    expect(
      recordsOf('fr')
        .map((record) => record.url)
        .sort(),
    ).toEqual(
      [
        '/fr/articles/contexte-beta',
        '/fr/articles/contexte-gamma',
        '/fr/articles/depeche-alpha',
        '/fr/articles/depeche-delta',
      ].sort(),
    );
    expect(recordsOf('en').every((record) => record.language === 'en')).toBe(true);
    expect(recordsOf('en')).toHaveLength(4);
  });

  it('find a story shown in its original at the original’s address, with the text and headline the page shows', () => {
    const delta = recordsOf('en').find((record) => record.url === '/fr/articles/depeche-delta');
    expect(delta?.content).toContain('La dépêche delta n’existe qu’en français.');
    expect(delta?.meta).toEqual({ title: 'Dépêche d’essai delta', kind: 'Dispatch', variants: 'essai existe en' });
  });

  it('index the headline and the text, never a read-also link to another story', () => {
    const alpha = recordsOf('en').find((record) => record.url === '/en/articles/alpha-dispatch');
    expect(alpha?.content.startsWith('Alpha test dispatch')).toBe(true);
    expect(alpha?.meta).toEqual({ title: 'Alpha test dispatch', kind: 'Dispatch' });
    expect(alpha?.content).not.toContain('Beta test background');
  });
});

describe('searchVariants', () => {
  it('gives what follows an apostrophe inside a word, whatever the apostrophe, each once', () => {
    expect(
      searchVariants("Le ministre de l’Intérieur, c’est l’intérieur ; jusqu’à l'issue d’un échange d’aujourd’hui."),
    ).toBe('Intérieur est intérieur issue un aujourd’hui hui');
    expect(searchVariants('une presqu’île et les prud’hommes')).toBe('île hommes');
  });

  it('spells a ligature out, as readers type it', () => {
    expect(searchVariants('au cœur de l’œuvre')).toBe('coeur œuvre oeuvre');
  });

  it('leaves a possessive and a word without an apostrophe alone', () => {
    expect(searchVariants('Morocco’s minister met them in Rabat.')).toBe('');
  });
});
