import { isLang, type Lang } from '../../i18n/languages.ts';

/** `/fr/articles/x` → fr and x: each search record lives at the address of the version its text is from. */
export function recordAddress(url: string): { lang: Lang; slug: string } {
  const [, lang = '', , slug = ''] = url.split('/');
  if (!isLang(lang)) throw new Error(`search index: ${url} is no story's address`);
  return { lang, slug };
}
