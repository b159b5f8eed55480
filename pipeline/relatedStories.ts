import { LANGS, type Lang } from '../src/i18n/languages.ts';
import type { SourceArticle } from './load.ts';
import { plainWords } from './words.ts';

// Every story leads to at least RELATED_COUNT others where the edition has them: the editor's
// choices first, in their order, then the most similar stories, first by shared topics, then by
// text similarity (TF-IDF over headline and text, in each language the stories are written in).
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

type Weighted = { story: number; weight: number };

function versionText(article: SourceArticle, lang: Lang): string | undefined {
  const version = article.versions[lang];
  return version && [version.headline, version.standfirst ?? '', ...version.blocks.map((block) => block.text)].join(' ');
}

/** Each story's most distinctive words in `lang`, weighted (TF-IDF, unit length), indexed by word. */
function wordIndex(articles: SourceArticle[], lang: Lang): { terms: Map<string, number>[]; postings: Map<string, Weighted[]> } {
  const counts = articles.map((article) => {
    const tally = new Map<string, number>();
    for (const word of plainWords(versionText(article, lang) ?? '')) if (word.length > 2) tally.set(word, (tally.get(word) ?? 0) + 1);
    return tally;
  });
  const documents = new Map<string, number>();
  for (const tally of counts) for (const word of tally.keys()) documents.set(word, (documents.get(word) ?? 0) + 1);
  const writtenIn = counts.filter((tally) => tally.size > 0).length;
  const cap = writtenIn >= MIN_DOCUMENTS_FOR_CAP ? MAX_DOCUMENT_SHARE * writtenIn : writtenIn;
  const terms = counts.map((tally) => {
    const weighted = [...tally]
      .filter(([word]) => (documents.get(word) ?? 0) <= cap)
      .map(([word, count]): [string, number] => [word, count * Math.log(writtenIn / (documents.get(word) ?? 1))])
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TERMS_PER_STORY);
    const norm = Math.hypot(...weighted.map(([, weight]) => weight)) || 1;
    return new Map(weighted.map(([word, weight]) => [word, weight / norm]));
  });
  const postings = new Map<string, Weighted[]>();
  terms.forEach((vector, story) => {
    for (const [word, weight] of vector) {
      const list = postings.get(word) ?? [];
      list.push({ story, weight });
      postings.set(word, list);
    }
  });
  return { terms, postings };
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

function scoreAgainst(story: number, ordered: SourceArticle[], byTopic: Map<string, number[]>, indexes: ReturnType<typeof wordIndex>[], scores: Scores): void {
  scores.reset();
  for (const topic of ordered[story]?.meta.topics ?? []) {
    for (const other of (byTopic.get(topic) ?? []).slice(0, STORIES_PER_TOPIC)) if (other !== story) scores.addTopic(other);
  }
  for (const { terms, postings } of indexes) {
    for (const [word, weight] of terms[story] ?? []) {
      for (const posting of postings.get(word) ?? []) if (posting.story !== story) scores.addText(posting.story, weight * posting.weight);
    }
  }
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
  const scores = new Scores(ordered.length);
  return new Map(
    ordered.map((article, story) => {
      const chosen = [...new Set(article.meta.related)].filter((id) => id !== article.meta.id);
      if (chosen.length >= RELATED_COUNT) return [article.meta.id, chosen];
      scoreAgainst(story, ordered, byTopic, indexes, scores);
      const excluded = new Set([story, ...chosen.map((id) => position.get(id) ?? -1)]);
      const found = scores.best(RELATED_COUNT - chosen.length, excluded).map((other) => ordered[other]?.meta.id ?? '');
      return [article.meta.id, [...chosen, ...found]];
    }),
  );
}
