import { type Lang } from '../../src/i18n/languages.ts';
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

export function versionReadingMinutes(
  version: { headline: string; standfirst?: string; blocks: readonly { text: string }[] },
  lang: Lang,
): number {
  const texts = [version.headline, version.standfirst ?? '', ...version.blocks.map((block) => block.text)];
  return readingMinutes(countWords(texts.join(' ')), lang);
}
