import type { Lang } from '../../i18n/languages.ts';
import type { ArticleView } from '../../content-api/published.ts';

// Average silent reading speeds for non-fiction, in words per minute: about 238 in English
// (Brysbaert, 2019) and 195 in French (Trauzettel-Klosinski et al., 2012).
const WORDS_PER_MINUTE: Record<Lang, number> = { fr: 195, en: 238 };

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read a text in `lang`, never less than one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}

export function articleReadingMinutes(article: ArticleView): number {
  const texts = [article.headline, article.standfirst ?? '', ...article.blocks.map((block) => block.text)];
  return readingMinutes(countWords(texts.join(' ')), article.contentLang);
}
