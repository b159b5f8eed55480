import { plainWords, SEPARATORS } from '../content/words.ts';

// How often each story uses each word: the counting behind related stories (wordIndex.ts weighs the words), kept by a
// build for the next publish (pipeline/deploy/keptWork.ts).

/**
 * Every word of more than two letters the edition's texts use, numbered as first met: stories'
 * words are counted and compared by number (an edition of 10,000 stories has ten million words,
 * and tens of thousands of distinct ones).
 */
export class Vocabulary {
  readonly words: string[];
  private readonly numbers: Map<string, number>;
  /** Each run of text met (what plainWords folds at once), with the numbers of its words. */
  private readonly runs = new Map<string, number[]>();

  /** Starts from the words a publish kept, with their numbers: tallies kept with them stay valid. */
  constructor(kept: string[] = []) {
    this.words = [...kept];
    this.numbers = new Map(kept.map((word, number) => [word, number]));
  }

  /** The numbers of the words of more than two letters of a run of letters and digits. */
  runWords(run: string): number[] {
    let numbers = this.runs.get(run);
    if (!numbers) {
      numbers = plainWords(run)
        .filter((word) => word.length > 2)
        .map((word) => this.number(word));
      this.runs.set(run, numbers);
    }
    return numbers;
  }

  private number(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) {
      number = this.words.length;
      this.words.push(word);
      this.numbers.set(word, number);
    }
    return number;
  }
}

/** A story's words and how often it uses each, side by side, in the order it first uses them. */
export type Tally = { words: Int32Array; counts: Int32Array };

/**
 * The tallies of story versions a publish keeps for the next, by the digest of each version's file, their words
 * numbered in `words`: counting every word of the archive again was most of finding related stories.
 */
export type KeptTallies = { words: string[]; byVersion: Map<string, Tally> };

/**
 * One story's texts in one language (asked for only where its tally was not kept: a kept story's are read from its
 * file), and the digest of the file they come from, if any.
 */
export type VersionWords = { texts: () => string[]; digest?: string };

/**
 * Counts the words of each story's `texts`, reusing one array of counts by word number across stories; a version
 * whose file is unchanged since `kept` was made is not counted again.
 */
export function tallies(versions: VersionWords[], vocabulary: Vocabulary, kept?: KeptTallies): Tally[] {
  let counts = new Int32Array(1 << 16);
  const used: number[] = [];
  const count = (word: number) => {
    if (word >= counts.length) {
      const grown = new Int32Array(counts.length * 2);
      grown.set(counts);
      counts = grown;
    }
    if (counts[word] === 0) used.push(word);
    counts[word] = (counts[word] ?? 0) + 1;
  };
  return versions.map(({ texts, digest }) => {
    const known = digest === undefined ? undefined : kept?.byVersion.get(digest);
    if (known) return known;
    for (const text of texts())
      for (const run of text.split(SEPARATORS)) if (run) vocabulary.runWords(run).forEach(count);
    const tally = { words: Int32Array.from(used), counts: Int32Array.from(used, (word) => counts[word] ?? 0) };
    for (const word of used) counts[word] = 0;
    used.length = 0;
    return tally;
  });
}
