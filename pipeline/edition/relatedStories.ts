import type { SourceArticle } from '../content/load.ts';
import { distinctiveOf, everyPosting, talliesToKeep, wordIndexes, type WordIndex } from './wordIndex.ts';
import type { KeptTallies } from './wordTallies.ts';

// Every story leads to at least RELATED_COUNT others where the edition has them: the editor's
// choices first, in their order, then the most similar stories, first by shared topics, then by
// text similarity (TF-IDF over headline and text, in each language the stories are written in, over
// the words a story shares with others).
// No full pairwise comparison: candidates come from each topic's first stories and from an index
// of each story's most distinctive words (each word leading to the stories that weigh it most, wordIndex.ts).

export const RELATED_COUNT = 3;

/** Stories looked at per shared topic, in edition order (the lead and the newest first). */
const STORIES_PER_TOPIC = 200;

/**
 * Scores every story that shares a topic or a distinctive word with one story, in arrays reused from
 * story to story (an edition of 10,000 stories has millions of such pairs).
 */
class Scores {
  readonly topics: Int32Array;
  readonly text: Float64Array;
  readonly touched: number[] = [];
  /** The round each story was last touched in: a new round clears every score without visiting it. */
  private readonly touchedIn: Int32Array;
  private round = 1;

  constructor(size: number) {
    this.topics = new Int32Array(size);
    this.text = new Float64Array(size);
    this.touchedIn = new Int32Array(size);
  }

  reset() {
    this.round += 1;
    this.touched.length = 0;
  }

  private touch(story: number) {
    if (this.touchedIn[story] === this.round) return;
    this.touchedIn[story] = this.round;
    this.topics[story] = 0;
    this.text[story] = 0;
    this.touched.push(story);
  }

  addTopic(story: number) {
    this.touch(story);
    this.topics[story] = (this.topics[story] ?? 0) + 1;
  }

  addText(story: number, weight: number) {
    if (weight <= 0) return;
    this.touch(story);
    this.text[story] = (this.text[story] ?? 0) + weight;
  }

  /** Whether `a` is more related than `b`: more shared topics, then closer text, then earlier in the edition. */
  before(a: number, b: number): boolean {
    const topics = (this.topics[a] ?? 0) - (this.topics[b] ?? 0);
    if (topics !== 0) return topics > 0;
    const text = (this.text[a] ?? 0) - (this.text[b] ?? 0);
    return text !== 0 ? text > 0 : a < b;
  }

  /** The `count` best stories touched, best first, leaving out `excluded`. */
  best(count: number, excluded: number[]): number[] {
    const kept: number[] = [];
    for (const story of this.touched) {
      if (kept.length === count && !this.before(story, kept[count - 1] ?? 0)) continue;
      if (excluded.includes(story)) continue;
      let at = kept.length;
      while (at > 0 && this.before(story, kept[at - 1] ?? 0)) at -= 1;
      if (at < count) kept.splice(at, 0, story);
      if (kept.length > count) kept.pop();
    }
    return kept;
  }
}

function scoreAgainst(
  story: number,
  ordered: SourceArticle[],
  byTopic: Map<string, number[]>,
  indexes: WordIndex[],
  scores: Scores,
): void {
  scores.reset();
  for (const topic of ordered[story]?.meta.topics ?? []) {
    const members = byTopic.get(topic) ?? [];
    const looked = Math.min(members.length, STORIES_PER_TOPIC);
    for (let at = 0; at < looked; at++) {
      const other = members[at] ?? story;
      if (other !== story) scores.addTopic(other);
    }
  }
  // Plain loops: this is the build's innermost work (millions of pairs at 10,000 stories).
  for (const { terms, postings } of indexes) {
    const { words, weights } = terms[story] ?? { words: [], weights: [] };
    for (let at = 0; at < words.length; at++) {
      const list = postings[words[at] ?? -1];
      if (!list) continue;
      const weight = weights[at] ?? 0;
      for (let position = 0; position < list.stories.length; position++) {
        const other = list.stories[position] ?? story;
        if (other !== story) scores.addText(other, weight * (list.weights[position] ?? 0));
      }
    }
  }
}

/**
 * Adds the stories that share any distinctive word with `story`, beyond the words it keeps: a
 * story whose kept words lead to too few others still reaches every story it shares a word with.
 * Each shared word counts for less than any kept one, the rarest most.
 */
function scoreEveryWord(story: number, indexes: WordIndex[], allPostings: number[][][], scores: Scores): void {
  indexes.forEach((index, lang) => {
    for (const word of distinctiveOf(index, story)) {
      const weight = 1e-6 / (index.documents[word] ?? 1);
      for (const other of allPostings[lang]?.[word] ?? []) if (other !== story) scores.addText(other, weight);
    }
  });
}

export type RelatedStories = {
  /** Each story's related stories, by id. */
  byStory: Map<string, string[]>;
  /** The word tallies they were found from, for the next publish to start from. */
  tallies: KeptTallies;
};

/**
 * The related stories of every story: `ordered` is the edition in front-page order (it breaks
 * ties). A story with RELATED_COUNT or more editor's choices keeps exactly those. `kept`, the tallies
 * a publish kept, spares counting the words of versions unchanged since.
 */
export function relatedStories(ordered: SourceArticle[], kept?: KeptTallies): RelatedStories {
  const byTopic = new Map<string, number[]>();
  const position = new Map(ordered.map((article, index) => [article.meta.id, index]));
  ordered.forEach((article, index) => {
    for (const topic of article.meta.topics) {
      const members = byTopic.get(topic) ?? [];
      members.push(index);
      byTopic.set(topic, members);
    }
  });
  const indexes = wordIndexes(ordered, kept);
  let allPostings: number[][][] | undefined;
  const scores = new Scores(ordered.length);
  const byStory = new Map(
    ordered.map((article, story) => {
      const chosen = [...new Set(article.meta.related)].filter((id) => id !== article.meta.id);
      if (chosen.length >= RELATED_COUNT) return [article.meta.id, chosen];
      scoreAgainst(story, ordered, byTopic, indexes, scores);
      const excluded = [story, ...chosen.map((id) => position.get(id) ?? -1)];
      const wanted = RELATED_COUNT - chosen.length;
      let best = scores.best(wanted, excluded);
      if (best.length < wanted) {
        allPostings ??= indexes.map(everyPosting);
        scoreEveryWord(story, indexes, allPostings, scores);
        best = scores.best(wanted, excluded);
      }
      const found = best.map((other) => ordered[other]?.meta.id ?? '');
      return [article.meta.id, [...chosen, ...found]];
    }),
  );
  return { byStory, tallies: talliesToKeep(ordered, indexes) };
}
