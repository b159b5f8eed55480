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
    expect(parseExcerpt('a &lt;script&gt; &amp; <mark>&quot;x&quot;</mark>')).toEqual([
      { text: 'a <script> & ', match: false },
      { text: '"x"', match: true },
    ]);
  });

  it('reads an excerpt without a match as one run', () => {
    expect(parseExcerpt('plain text')).toEqual([{ text: 'plain text', match: false }]);
    expect(parseExcerpt('')).toEqual([]);
  });
});
