import { describe, expect, it } from 'vitest';
import { heldArticle, type SourceArticle } from '../content/load.ts';
import { POSTINGS_PER_WORD, wordIndexes } from './wordIndex.ts';

/** A French story whose text is `text`. */
function story(id: string, text: string): SourceArticle {
  return heldArticle(
    `articles/${id}`,
    { id, originalLanguage: 'fr', kind: 'dispatch', topics: ['general'], related: [] },
    {
      fr: { slug: id, headline: `Titre ${id}`, credit: 'Test', blocks: [{ type: 'paragraph', id: 'p1', text }] },
    },
    { story: id, versions: { fr: `${id}.fr` } },
  );
}

describe('wordIndexes', () => {
  it("keeps in a word's postings only the stories that weigh it most, the earlier first on a tie", () => {
    // 2,000 stories, so that a word in 90 of them is still distinctive (at most 5% of the stories have it). Stories
    // 0 to 89 use "zephyrin" 1 to 7 times; each story shares one other word with one other story.
    const holders = 90;
    const stories = Array.from({ length: 2000 }, (_, at) => {
      const zephyrin = at < holders ? 'zephyrin '.repeat(1 + (at % 7)) : '';
      return story(`s${at}`, `${zephyrin}jumeau${Math.floor(at / 2)}`);
    });
    const [french] = wordIndexes(stories);
    const word = french?.vocabulary.words.indexOf('zephyrin') ?? -1;
    const uses = (at: number) => 1 + (at % 7);
    const weightiest = Array.from({ length: holders }, (_, at) => at)
      .sort((a, b) => uses(b) - uses(a) || a - b)
      .slice(0, POSTINGS_PER_WORD)
      .sort((a, b) => a - b);
    expect(holders).toBeGreaterThan(POSTINGS_PER_WORD);
    expect(french?.postings[word]?.stories).toEqual(weightiest);
  });
});
