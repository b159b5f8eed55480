import { LANGUAGES, type Lang } from '../../i18n/languages.ts';
import type { ArticleView } from '../../content-api/published.ts';


export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a text in `lang`, never less than one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / LANGUAGES[lang].wordsPerMinute));
}

export function articleReadingMinutes(article: ArticleView): number {
  const texts = [article.headline, article.standfirst ?? '', ...article.blocks.map((block) => block.text)];
  return readingMinutes(countWords(texts.join(' ')), article.contentLang);
}
