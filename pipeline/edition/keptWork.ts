import type { KeptStories } from '../content/storyRecords.ts';
import type { Finding } from '../content/warnings.ts';
import type { KeptTallies } from './wordTallies.ts';

/**
 * What a build keeps for the next publish to start from, by the digests of the files it was made from
 * (pipeline/deploy/keptWork.ts writes and reads it): the word tallies of every story version, what may be a
 * mistake in every story, how many words each version has (its reading time is made from them), and each story's
 * record with its files' keys (so that the next publish reads only the stories whose files changed).
 */
export type KeptWork = {
  tallies: KeptTallies;
  findings: Map<string, Finding[]>;
  readingWords: Map<string, number>;
  stories: KeptStories;
};
