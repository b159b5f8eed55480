import { isLang, type Lang } from '../../i18n/languages.ts';

export type FrontPageParams = { lang: Lang; page: number };

/** Reads `/:lang/?page=N`; undefined when the URL names no front page (unknown language, bad page number). */
export function readFrontPageParams(lang: string | undefined, search: URLSearchParams): FrontPageParams | undefined {
  if (!isLang(lang)) return undefined;
  const raw = search.get('page');
  if (raw === null) return { lang, page: 1 };
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return undefined;
  return { lang, page: Number(raw) };
}
