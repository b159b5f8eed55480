import { type Lang } from '../../src/i18n/languages.ts';
import { LANGUAGES } from '../../src/i18n/languageConfig.ts';

// Reading time, worked out once at build time and published with each article.

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a text in `lang`, never less than one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / LANGUAGES[lang].wordsPerMinute));
}

export function versionReadingMinutes(
  version: { headline: string; standfirst?: string; blocks: readonly { text: string }[] },
  lang: Lang,
): number {
  const texts = [version.headline, version.standfirst ?? '', ...version.blocks.map((block) => block.text)];
  return readingMinutes(countWords(texts.join(' ')), lang);
}
