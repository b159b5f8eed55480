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

/** The URL of the page being shown in each language, for the language switch. */
export type Alternates = Record<Lang, string>;

/** What a page's loader tells the frame: its URL in each language, and the languages it lacks a version in. */
export type PageData = { alternates: Alternates; unavailable?: Lang[] };

function isPageData(value: unknown): value is PageData {
  return typeof value === 'object' && value !== null && 'alternates' in value;
}

/** The same path with its language segment swapped: the fallback when a page names no alternates. */
function swapLang(pathname: string, search: string): Alternates {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return perLang((lang) => `/${lang}${rest || '/'}${search}`);
}

/** The page data of the deepest route that declares it, else the same path in the other language. */
export function findPageData(matches: UIMatch[], pathname: string, search: string): PageData {
  const declared = [...matches].reverse().find((match) => isPageData(match.loaderData));
  return isPageData(declared?.loaderData) ? declared.loaderData : { alternates: swapLang(pathname, search) };
}
