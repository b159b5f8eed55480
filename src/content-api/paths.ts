import type { Lang } from '../i18n/languages.ts';

export const FRONT_PAGE_SIZE = 20;

export function articleResourcePath(lang: Lang, slug: string): string {
  return `content/${lang}/articles/${slug}.json`;
}

export function frontPageResourcePath(lang: Lang, page: number): string {
  return `content/${lang}/front/${page}.json`;
}

export function frontPageUrl(lang: Lang, page = 1): string {
  return page > 1 ? `/${lang}/?page=${page}` : `/${lang}/`;
}

export function articleUrl(lang: Lang, slug: string): string {
  return `/${lang}/articles/${slug}`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isWellFormedSlug(value: string): boolean {
  return value.length <= 120 && SLUG.test(value);
}

export function absoluteUrl(path: string, origin: string): string {
  return `${origin}${path}`;
}
