import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import type { SourceArticle } from '../content/load.ts';
import { plainWords } from '../content/words.ts';

// Every story leads to at least RELATED_COUNT others where the edition has them: the editor's
// choices first, in their order, then the most similar stories, first by shared topics, then by
// text similarity (TF-IDF over headline and text, in each language the stories are written in, over
// the words a story shares with others).
// No full pairwise comparison: candidates come from each topic's first stories and from an index
// of each story's most distinctive words.

export const RELATED_COUNT = 3;

/** Words kept per story and language: its most distinctive ones. */
const TERMS_PER_STORY = 16;
/** Stories looked at per shared topic, in edition order (the lead and the newest first). */
const STORIES_PER_TOPIC = 200;
/** A word in more than this share of a language's stories says nothing about any of them. */
const MAX_DOCUMENT_SHARE = 0.05;
const MIN_DOCUMENTS_FOR_CAP = 200;
/**
 * Nor does a word in more than this many: each story is compared with every story that keeps one of
 * its words, so without it the work grows with the square of the archive (40 s at 50,000 stories
 * against 3.3 s at 10,000, where the share above gives the same cap).
 */
const MAX_DOCUMENTS = 500;

/** The stories that keep a word, and its weight in each (side by side: millions of pairs are read). */
type Postings = { stories: number[]; weights: number[] };

function versionText(article: SourceArticle, lang: Lang): string | undefined {
  const version = article.versions[lang];
  return version && [version.headline, version.standfirst ?? '', ...version.blocks.map((block) => block.text)].join(' ');
}

type WordIndex = {
  /** Each story's kept words, weighted (TF-IDF, unit length). */
  terms: Map<string, number>[];
  /** The stories that keep each word. */
  postings: Map<string, Postings>;
  /** Each story's words, with how often it uses them. */
  counts: Map<string, number>[];
  /** Whether a word is distinctive: shared with at least one other story, and not with too many. */
  isDistinctive: (word: string) => boolean;
  /** How many stories have each word. */
  documents: Map<string, number>;
};

const distinctiveOf = (index: WordIndex, story: number) => [...(index.counts[story]?.keys() ?? [])].filter(index.isDistinctive);

/**
 * Each story's distinctive words in `lang`: words of more than two letters, not stop words, that
 * another story has too (a word only one story has relates it to nothing) and that not too many
 * stories have. Of those, it keeps its TERMS_PER_STORY weightiest, indexed by word.
 */
function wordIndex(articles: SourceArticle[], lang: Lang): WordIndex {
  const counts = articles.map((article) => {
    const tally = new Map<string, number>();
    for (const word of plainWords(versionText(article, lang) ?? '')) if (word.length > 2) tally.set(word, (tally.get(word) ?? 0) + 1);
    return tally;
  });
  const documents = new Map<string, number>();
  for (const tally of counts) for (const word of tally.keys()) documents.set(word, (documents.get(word) ?? 0) + 1);
  const writtenIn = counts.filter((tally) => tally.size > 0).length;
  const cap = writtenIn >= MIN_DOCUMENTS_FOR_CAP ? Math.min(MAX_DOCUMENT_SHARE * writtenIn, MAX_DOCUMENTS) : writtenIn - 1;
  /** Each distinctive word's inverse document frequency. */
  const rarity = new Map<string, number>();
  for (const [word, stories] of documents) if (stories >= 2 && stories <= cap) rarity.set(word, Math.log(writtenIn / stories));
  const terms = counts.map((tally) => {
    const weighted: [string, number][] = [];
    for (const [word, count] of tally) {
      const idf = rarity.get(word);
      if (idf !== undefined) weighted.push([word, count * idf]);
    }
    // Words are plain ASCII, whose code-point order is their alphabetical order.
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    weighted.length = Math.min(weighted.length, TERMS_PER_STORY);
    const norm = Math.hypot(...weighted.map(([, weight]) => weight)) || 1;
    return new Map(weighted.map(([word, weight]) => [word, weight / norm]));
  });
  const postings = new Map<string, Postings>();
  terms.forEach((vector, story) => {
    for (const [word, weight] of vector) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = { stories: [], weights: [] }));
      list.stories.push(story);
      list.weights.push(weight);
    }
  });
  return { terms, postings, counts, isDistinctive: (word) => rarity.has(word), documents };
}

/** The stories that have each distinctive word, whether or not they keep it: made once, for the few stories their kept words leave short. */
function everyPosting(index: WordIndex): Map<string, number[]> {
  const stories = new Map<string, number[]>();
  index.counts.forEach((_, story) => {
    for (const word of distinctiveOf(index, story)) {
      const list = stories.get(word) ?? [];
      list.push(story);
      stories.set(word, list);
    }
  });
  return stories;
}

/** For each language, the distinctive words of every story of `ordered` (the edition), by story. */
export function distinctiveWords(ordered: SourceArticle[]): Set<string>[][] {
  return LANGS.map((lang) => {
    const index = wordIndex(ordered, lang);
    return ordered.map((_, story) => new Set(distinctiveOf(index, story)));
  });
}

/**
 * Scores every story that shares a topic or a distinctive word with one story, in arrays reused from
 * story to story (an edition of 10,000 stories has millions of such pairs).
 */
class Scores {
  readonly topics: Int32Array;
  readonly text: Float64Array;
  readonly touched: number[] = [];

  constructor(size: number) {
    this.topics = new Int32Array(size);
    this.text = new Float64Array(size);
  }

  reset() {
    for (const story of this.touched) {
      this.topics[story] = 0;
      this.text[story] = 0;
    }
    this.touched.length = 0;
  }

  private touch(story: number) {
    if (this.topics[story] === 0 && this.text[story] === 0) this.touched.push(story);
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
  best(count: number, excluded: Set<number>): number[] {
    const kept: number[] = [];
    for (const story of this.touched) {
      if (excluded.has(story)) continue;
      let at = kept.length;
      while (at > 0 && this.before(story, kept[at - 1] ?? 0)) at -= 1;
      if (at < count) kept.splice(at, 0, story);
      if (kept.length > count) kept.pop();
    }
    return kept;
  }
}

function scoreAgainst(story: number, ordered: SourceArticle[], byTopic: Map<string, number[]>, indexes: WordIndex[], scores: Scores): void {
  scores.reset();
  for (const topic of ordered[story]?.meta.topics ?? []) {
    for (const other of (byTopic.get(topic) ?? []).slice(0, STORIES_PER_TOPIC)) if (other !== story) scores.addTopic(other);
  }
  for (const { terms, postings } of indexes) {
    for (const [word, weight] of terms[story] ?? []) {
      const list = postings.get(word);
      if (!list) continue;
      list.stories.forEach((other, at) => {
        if (other !== story) scores.addText(other, weight * (list.weights[at] ?? 0));
      });
    }
  }
}

/**
 * Adds the stories that share any distinctive word with `story`, beyond the words it keeps: a
 * story whose kept words lead to too few others still reaches every story it shares a word with.
 * Each shared word counts for less than any kept one, the rarest most.
 */
function scoreEveryWord(story: number, indexes: WordIndex[], allPostings: Map<string, number[]>[], scores: Scores): void {
  indexes.forEach((index, lang) => {
    for (const word of distinctiveOf(index, story)) {
      const weight = 1e-6 / (index.documents.get(word) ?? 1);
      for (const other of allPostings[lang]?.get(word) ?? []) if (other !== story) scores.addText(other, weight);
    }
  });
}

/**
 * The related stories of every story, by id: `ordered` is the edition in front-page order (it
 * breaks ties). A story with RELATED_COUNT or more editor's choices keeps exactly those.
 */
export function relatedStories(ordered: SourceArticle[]): Map<string, string[]> {
  const byTopic = new Map<string, number[]>();
  const position = new Map(ordered.map((article, index) => [article.meta.id, index]));
  ordered.forEach((article, index) => {
    for (const topic of article.meta.topics) {
      const members = byTopic.get(topic) ?? [];
      members.push(index);
      byTopic.set(topic, members);
    }
  });
  const indexes = LANGS.map((lang) => wordIndex(ordered, lang));
  let allPostings: Map<string, number[]>[] | undefined;
  const scores = new Scores(ordered.length);
  return new Map(
    ordered.map((article, story) => {
      const chosen = [...new Set(article.meta.related)].filter((id) => id !== article.meta.id);
      if (chosen.length >= RELATED_COUNT) return [article.meta.id, chosen];
      scoreAgainst(story, ordered, byTopic, indexes, scores);
      const excluded = new Set([story, ...chosen.map((id) => position.get(id) ?? -1)]);
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
}
