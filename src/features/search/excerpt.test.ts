import { describe, expect, it } from 'vitest';
import { asPassage, markWords, parseExcerpt, withoutHeadline } from './excerpt.ts';

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

describe('an excerpt without its headline', () => {
  const headline = 'Interior Minister discusses with Finnish counterpart ways to strengthen security cooperation';
  const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');

  it('drops the whole headline an excerpt begins with, marks kept where they follow', () => {
    const parts = parseExcerpt(
      `${headline.replace('Finnish', '<mark>Finnish</mark>')} The <mark>Minister</mark> of the Interior met`,
    );
    const rest = withoutHeadline(parts, headline);
    expect(text(rest)).toBe('The Minister of the Interior met');
    expect(rest.filter((part) => part.match).map((part) => part.text)).toEqual(['Minister']);
  });

  it('drops the end of the headline when the excerpt starts partway through it', () => {
    expect(text(withoutHeadline(parseExcerpt('strengthen security cooperation. The Minister met'), headline))).toBe(
      'The Minister met',
    );
    expect(
      text(withoutHeadline(parseExcerpt('ways to strengthen security cooperation The Minister met'), headline)),
    ).toBe('The Minister met');
  });

  it('keeps a text that only begins with the headline’s last word, or not with the headline at all', () => {
    expect(text(withoutHeadline(parseExcerpt('cooperation between the two'), headline))).toBe(
      'cooperation between the two',
    );
    expect(text(withoutHeadline(parseExcerpt('The Minister met his counterpart'), headline))).toBe(
      'The Minister met his counterpart',
    );
  });
});

describe('a headline with its matched words marked', () => {
  it('marks each word that matched, whatever its case or the punctuation round it', () => {
    const parts = markWords('Rabat, Helsinki: cooperation', ['rabat', 'Cooperation']);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['Rabat', 'cooperation']);
    expect(parts.map((part) => part.text).join('')).toBe('Rabat, Helsinki: cooperation');
  });
});

describe('asPassage', () => {
  const text = (parts: ReturnType<typeof parseExcerpt>) => parts.map((part) => part.text).join('');

  it('says with an ellipsis where the excerpt stops or starts partway through a sentence', () => {
    expect(text(asPassage(parseExcerpt('The Minister held talks with his <mark>Finnish</mark>')))).toBe(
      'The Minister held talks with his Finnish …',
    );
    expect(text(asPassage(parseExcerpt('held talks with his <mark>Finnish</mark> counterpart. ')))).toBe(
      '… held talks with his Finnish counterpart.',
    );
  });

  it('leaves a whole sentence, its marks and an empty excerpt as they are', () => {
    const whole = parseExcerpt('The <mark>Minister</mark> met his counterpart.');
    expect(asPassage(whole)).toEqual(whole);
    expect(asPassage([])).toEqual([]);
    expect(
      asPassage(parseExcerpt('met the <mark>Minister</mark>'))
        .filter((part) => part.match)
        .map((part) => part.text),
    ).toEqual(['Minister']);
  });
});
