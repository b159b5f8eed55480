import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { interfaceStrings } from './interfaceStrings.ts';
import { countWords, readingMinutes, versionWords, wordsOfEveryVersion } from './readingTime.ts';

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Le ministre de l’Intérieur , M. Laftit : « sécurité » !')).toBe(7);
    expect(countWords('  ')).toBe(0);
  });

  it('counts as many words as splitting at spaces and keeping the runs with a letter or a digit', () => {
    const bySplitting = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    const texts = [
      '',
      'un',
      ' « Bonjour » ',
      'l’Intérieur — 2024 :\u00a0oui\u202fnon\n\tfin.',
      '... ; ! 42 %',
      'Straße\u00a0«\u00a0œuvre\u00a0»',
      'a\u2003b\u3000c',
    ];
    for (const text of texts) expect(countWords(text), JSON.stringify(text)).toBe(bySplitting(text));
  });

  it('reads French more slowly than English, and never says zero', () => {
    expect(readingMinutes(390, 'fr')).toBe(2);
    expect(readingMinutes(390, 'en')).toBe(2);
    expect(readingMinutes(600, 'fr')).toBe(3);
    expect(readingMinutes(600, 'en')).toBe(3);
    expect(readingMinutes(1000, 'fr')).toBe(5);
    expect(readingMinutes(1000, 'en')).toBe(4);
    expect(readingMinutes(10, 'en')).toBe(1);
  });

  it('says it with each language’s plural rules', () => {
    const say = (lang: 'fr' | 'en', count: number) =>
      interfaceStrings.getFixedT(lang)('article.readingTime', { count });
    expect(say('fr', 1)).toBe(fr.article.readingTime_one.replace('{{count}}', '1'));
    expect(say('fr', 2)).toBe(fr.article.readingTime_other.replace('{{count}}', '2'));
    expect(say('en', 1)).toBe('Reading time: 1 minute');
    expect(say('en', 3)).toBe(en.article.readingTime_other.replace('{{count}}', '3'));
    expect(say('fr', 3)).toBe('Lecture\u00a0: 3 minutes');
  });
});

describe('the words of every version', () => {
  const version = (text: string) => ({ headline: 'Un titre', blocks: [{ text }] });
  const story = (fr: string, en: string) => ({
    whole: (lang: Lang) => ({ fr: version(fr), en: version(en) })[lang],
    digests: { versions: { fr: `${fr}.fr`, en: `${en}.en` } },
  });

  it('counts the headline, standfirst and blocks of each version, by its file’s digest', () => {
    const words = versionWords({ headline: 'Un titre', standfirst: 'En bref :', blocks: [{ text: 'Trois mots ici' }] });
    expect(words).toBe(2 + 2 + 3);
    expect(wordsOfEveryVersion([story('a', 'b c')])).toEqual(
      new Map([
        ['a.fr', 3],
        ['b c.en', 4],
      ]),
    );
  });

  it('takes what the last build counted for a file unchanged since, and counts the others', () => {
    // A kept count no text has: only the kept work can give it.
    const kept = new Map([['a.fr', 900]]);
    expect(wordsOfEveryVersion([story('a', 'b c')], kept)).toEqual(
      new Map([
        ['a.fr', 900],
        ['b c.en', 4],
      ]),
    );
  });
});
