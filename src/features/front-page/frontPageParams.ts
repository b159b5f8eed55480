import { isLang, type Lang } from '../../i18n/languages.ts';
import { readPageNumber } from '../../shared/pageNumber.ts';

export type FrontPageParams = { lang: Lang; page: number };

/** Reads `/:lang/?page=N`; undefined when the URL names no front page (unknown language, bad page number). */
export function readFrontPageParams(lang: string | undefined, search: URLSearchParams): FrontPageParams | undefined {
  const page = readPageNumber(search);
  return isLang(lang) && page ? { lang, page } : undefined;
}
