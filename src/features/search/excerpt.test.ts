import { describe, expect, it } from 'vitest';
import { parseExcerpt } from './excerpt.ts';

describe('parseExcerpt', () => {
  it('reads the marked matches as runs of text', () => {
    expect(parseExcerpt('le ministre de <mark>l’Intérieur</mark> et son <mark>homologue</mark>.')).toEqual([
      { text: 'le ministre de ', match: false },
      { text: 'l’Intérieur', match: true },
      { text: ' et son ', match: false },
      { text: 'homologue', match: true },
      { text: '.', match: false },
    ]);
  });

  it('turns escaped characters back into text, so that markup in a story is shown, never run', () => {
    expect(parseExcerpt('a &lt;script&gt; &amp; <mark>x&lt;b&gt;y</mark>')).toEqual([
      { text: 'a <script> & ', match: false },
      { text: 'x<b>y', match: true },
    ]);
  });

  it('marks the word, not the punctuation Pagefind takes with it', () => {
    expect(parseExcerpt('pas encore été <mark>traduite.</mark> Elle')).toEqual([
      { text: 'pas encore été ', match: false },
      { text: 'traduite', match: true },
      { text: '. Elle', match: false },
    ]);
    expect(parseExcerpt('son homologue <mark>finlandais,</mark> <mark>«\u00a0coopération\u00a0»</mark>')).toEqual([
      { text: 'son homologue ', match: false },
      { text: 'finlandais', match: true },
      { text: ', «\u00a0', match: false },
      { text: 'coopération', match: true },
      { text: '\u00a0»', match: false },
    ]);
    expect(parseExcerpt('<mark>…</mark>')).toEqual([{ text: '…', match: true }]);
  });

  it('reads an excerpt without a match as one run', () => {
    expect(parseExcerpt('plain text')).toEqual([{ text: 'plain text', match: false }]);
    expect(parseExcerpt('')).toEqual([]);
  });
});
