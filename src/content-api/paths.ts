import { SEARCH_SEGMENT, type Lang } from '../i18n/languages.ts';

export const FRONT_PAGE_SIZE = 20;

export function articleResourcePath(lang: Lang, slug: string): string {
  return `content/${lang}/articles/${slug}.json`;
}

export function frontPageResourcePath(lang: Lang, page: number): string {
  return `content/${lang}/front/${page}.json`;
}

/** Each language's interface strings, which a page fetches when it did not come with them. */
export function stringsResourcePath(lang: Lang): string {
  return `content/strings/${lang}.json`;
}

export function topicResourcePath(lang: Lang, slug: string, page: number): string {
  return `content/${lang}/topics/${slug}/${page}.json`;
}

/** A listing's address, with `?page=N` from its second page on. */
const paged = (path: string, page: number) => (page > 1 ? `${path}?page=${page}` : path);

export function topicUrl(lang: Lang, slug: string, page = 1): string {
  return paged(`/${lang}/topics/${slug}`, page);
}

export function frontPageUrl(lang: Lang, page = 1): string {
  return paged(`/${lang}/`, page);
}

/** The search page, with the query in its address when there is one. */
export function searchUrl(lang: Lang, query = ''): string {
  const path = `/${lang}/${SEARCH_SEGMENT[lang]}`;
  return query ? `${path}?${new URLSearchParams({ q: query })}` : path;
}

/** The query of a search page's address, trimmed: a query of spaces is none. */
export const readSearchQuery = (search: URLSearchParams) => (search.get('q') ?? '').trim();

export function articleUrl(lang: Lang, slug: string): string {
  return `/${lang}/articles/${slug}`;
}

/** What a slug (and a story id) is: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_SLUG_LENGTH = 120;

export function isWellFormedSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}

export function absoluteUrl(path: string, origin: string): string {
  return `${origin}${path}`;
}
