import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { LANGUAGE_CONFIG } from '../../src/i18n/languageConfig.ts';

// Reading time, worked out once at build time and published with each article.

/** A word's start: whatever precedes its first letter or digit, at the text's start or after a space. */
const WORD = /(?:^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu;

/** How many of the text's space-separated runs hold a letter or a digit (a lone « or : is no word). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whole minutes to read a text in `lang`, never less than one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / LANGUAGE_CONFIG[lang].wordsPerMinute));
}

type Readable = { headline: string; standfirst?: string; blocks: readonly { text: string }[] };

/** The words a reader reads in a version: its headline, standfirst and blocks. */
export function versionWords(version: Readable): number {
  return countWords(
    [version.headline, version.standfirst ?? '', ...version.blocks.map((block) => block.text)].join(' '),
  );
}

/**
 * The words of every version of `articles`, by the digest of its file: counted again only where `kept` (what the
 * build of the live edition counted) has no count for that file.
 */
export function wordsOfEveryVersion(
  articles: { whole: (lang: Lang) => Readable | undefined; digests: { versions: Partial<Record<Lang, string>> } }[],
  kept?: ReadonlyMap<string, number>,
): Map<string, number> {
  const words = new Map<string, number>();
  for (const { whole, digests } of articles)
    for (const lang of LANGS) {
      const digest = digests.versions[lang];
      if (digest === undefined) continue;
      const version = kept?.has(digest) ? undefined : whole(lang);
      const counted = version ? versionWords(version) : kept?.get(digest);
      if (counted !== undefined) words.set(digest, counted);
    }
  return words;
}
