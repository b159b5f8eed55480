import { data, type UIMatch } from 'react-router';
import { ContentNotFoundError } from '../content-api/fetchContent.ts';
import { perLang, type Lang } from '../i18n/languages.ts';

/** What a loader throws when the URL names nothing: the nearest error boundary shows the not-found page. */
export function notFound() {
  return data('Not found', { status: 404 });
}

/** Content the build did not publish is a not-found page; any other failure stays an error (with a retry). */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ContentNotFoundError) throw notFound();
    throw error;
  }
}

/** The URL of the page being shown, in each language: where the language switch leads. */
export type PageUrls = Record<Lang, string>;

/**
 * What a page's loader tells the frame: its URL in each language, and the languages it is written in (all when unsaid).
 */
export type PageData = { urls: PageUrls; available?: Lang[] };

function isPageData(value: unknown): value is PageData {
  return typeof value === 'object' && value !== null && 'urls' in value;
}

/** The same path with its language segment swapped: the fallback when a page names no URLs. */
function swapLang(pathname: string, search: string): PageUrls {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return perLang((lang) => `/${lang}${rest || '/'}${search}`);
}

/** The page data of the deepest route that declares it, else the same path in the other language. */
export function findPageData(matches: UIMatch[], pathname: string, search: string): PageData {
  const declared = [...matches].reverse().find((match) => isPageData(match.loaderData));
  return isPageData(declared?.loaderData) ? declared.loaderData : { urls: swapLang(pathname, search) };
}
