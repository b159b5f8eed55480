import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import type { SourceArticle } from '../content/load.ts';
import { tallies, Vocabulary, type KeptTallies, type Tally } from './wordTallies.ts';

// Each story's most distinctive words, in each language, for related stories (relatedStories.ts):
// TF-IDF over headline and text, over the words a story shares with others.

/** Words kept per story and language: its most distinctive ones. */
const TERMS_PER_STORY = 16;
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

/**
 * Stories a word's postings hold: the word's weightiest. Each story is compared with every story its words' postings
 * hold, and the more stories an archive has, the more of them keep the same word: at 50,000 synthetic stories a
 * word's postings ran to 315 stories (53 at most at 8,000), and each story was compared with 3,567 others (543 at
 * 8,000), so that finding related stories took 33.6 s against 2.1 s. The stories cut hold the word, but weigh it
 * less than those kept: they added least to any story's score.
 */
export const POSTINGS_PER_WORD = 64;

/** The `count` stories of `list` that weigh its word most (ties: the earlier in the edition), in edition order. */
function weightiestPostings(list: Postings, count: number): Postings {
  if (list.stories.length <= count) return list;
  const kept = list.stories
    .map((_, at) => at)
    .sort((a, b) => (list.weights[b] ?? 0) - (list.weights[a] ?? 0) || a - b)
    .slice(0, count)
    .sort((a, b) => a - b);
  return { stories: kept.map((at) => list.stories[at] ?? 0), weights: kept.map((at) => list.weights[at] ?? 0) };
}

/** The texts of a story's version in `lang`, where it has one: headline, standfirst and every block. */
function versionTexts(article: SourceArticle, lang: Lang): string[] {
  const version = article.whole(lang);
  return version ? [version.headline, version.standfirst ?? '', ...version.blocks.map((block) => block.text)] : [];
}

export type WordIndex = {
  vocabulary: Vocabulary;
  /** Each story's kept words, weighted (TF-IDF, unit length), weightiest first. */
  terms: { words: number[]; weights: number[] }[];
  /** The stories that keep each word, by word number. */
  postings: (Postings | undefined)[];
  /** Each story's words, with how often it uses them. */
  tallies: Tally[];
  /**
   * Each distinctive word's inverse document frequency, by number; 0 for a word that is not distinctive (a distinctive
   * word's is never 0: fewer stories than all have it).
   */
  rarity: Float64Array;
  /** How many stories have each word, by number. */
  documents: Int32Array;
};

/** The distinctive words of one story: shared with at least one other story, and not with too many. */
export function distinctiveOf(index: WordIndex, story: number): number[] {
  const words = index.tallies[story]?.words ?? [];
  return [...words].filter((word) => (index.rarity[word] ?? 0) > 0);
}

/**
 * The `count` weightiest distinctive words of `tally` (TF-IDF; ties in alphabetical order), scaled to unit length. Kept
 * by insertion into a list of `count`: a story has hundreds of words, and sorting them all was most of this.
 */
function weightiest(tally: Tally, rarity: Float64Array, vocabulary: Vocabulary, count: number) {
  const names = vocabulary.words;
  const words: number[] = [];
  const weights: number[] = [];
  // Words are plain ASCII, whose code-point order is their alphabetical order.
  const heavier = (word: number, weight: number, at: number) =>
    weight > (weights[at] ?? 0) || (weight === weights[at] && (names[word] ?? '') < (names[words[at] ?? 0] ?? ''));
  for (let at = 0; at < tally.words.length; at++) {
    const word = tally.words[at] ?? 0;
    const idf = rarity[word] ?? 0;
    if (idf <= 0) continue;
    const weight = (tally.counts[at] ?? 0) * idf;
    let place = words.length;
    while (place > 0 && heavier(word, weight, place - 1)) place -= 1;
    if (place >= count) continue;
    words.splice(place, 0, word);
    weights.splice(place, 0, weight);
    if (words.length > count) {
      words.pop();
      weights.pop();
    }
  }
  const norm = Math.hypot(...weights) || 1;
  return { words, weights: weights.map((weight) => weight / norm) };
}

/**
 * Each story's distinctive words in `lang`: words of more than two letters, not stop words, that
 * another story has too (a word only one story has relates it to nothing) and that not too many
 * stories have. Of those, it keeps its TERMS_PER_STORY weightiest, indexed by word.
 */
function wordIndex(articles: SourceArticle[], lang: Lang, vocabulary: Vocabulary, kept?: KeptTallies): WordIndex {
  const counted = tallies(
    articles.map((article) => ({
      texts: () => versionTexts(article, lang),
      digest: article.digests.versions[lang],
    })),
    vocabulary,
    kept,
  );
  const documents = new Int32Array(vocabulary.words.length);
  for (const tally of counted) for (const word of tally.words) documents[word] = (documents[word] ?? 0) + 1;
  const writtenIn = counted.filter((tally) => tally.words.length > 0).length;
  const cap =
    writtenIn >= MIN_DOCUMENTS_FOR_CAP ? Math.min(MAX_DOCUMENT_SHARE * writtenIn, MAX_DOCUMENTS) : writtenIn - 1;
  const rarity = new Float64Array(documents.length);
  documents.forEach((stories, word) => {
    if (stories >= 2 && stories <= cap) rarity[word] = Math.log(writtenIn / stories);
  });
  const terms = counted.map((tally) => weightiest(tally, rarity, vocabulary, TERMS_PER_STORY));
  const postings: (Postings | undefined)[] = [];
  terms.forEach(({ words, weights }, story) => {
    words.forEach((word, at) => {
      const list = (postings[word] ??= { stories: [], weights: [] });
      list.stories.push(story);
      list.weights.push(weights[at] ?? 0);
    });
  });
  return {
    vocabulary,
    terms,
    postings: postings.map((list) => list && weightiestPostings(list, POSTINGS_PER_WORD)),
    tallies: counted,
    rarity,
    documents,
  };
}

/**
 * The stories that have each distinctive word, whether or not they keep it, by word number: made once, for the few
 * stories their kept words leave short.
 */
export function everyPosting(index: WordIndex): number[][] {
  const stories: number[][] = [];
  index.tallies.forEach((_, story) => {
    for (const word of distinctiveOf(index, story)) (stories[word] ??= []).push(story);
  });
  return stories;
}

/** Both languages' indexes, sharing one vocabulary: `kept`'s, when a publish kept one. */
export const wordIndexes = (ordered: SourceArticle[], kept?: KeptTallies) => {
  const vocabulary = new Vocabulary(kept?.words);
  return LANGS.map((lang) => wordIndex(ordered, lang, vocabulary, kept));
};

/** The tallies of every version of `ordered` in `indexes` (wordIndexes), to keep for the next publish. */
export function talliesToKeep(ordered: SourceArticle[], indexes: WordIndex[]): KeptTallies {
  const byVersion = new Map<string, Tally>();
  LANGS.forEach((lang, at) => {
    const index = indexes[at];
    ordered.forEach((article, story) => {
      const digest = article.digests.versions[lang];
      const tally = index?.tallies[story];
      if (digest !== undefined && tally) byVersion.set(digest, tally);
    });
  });
  return { words: indexes[0]?.vocabulary.words ?? [], byVersion };
}

/** For each language, the distinctive words of every story of `ordered` (the edition), by story. */
export function distinctiveWords(ordered: SourceArticle[]): Set<string>[][] {
  return wordIndexes(ordered).map((index) =>
    ordered.map((_, story) => new Set(distinctiveOf(index, story).map((word) => index.vocabulary.words[word] ?? ''))),
  );
}
