import type { Lang } from '../i18n/languages.ts';

// The cache key of each published resource: the browser's queries and the build's manifest (which
// prerendering seeds the cache from) both use these, so a prerendered page finds its data.

export const articleKey = (lang: Lang, slug: string) => ['article', lang, slug] as const;

export const frontPageKey = (lang: Lang, page: number) => ['front-page', lang, page] as const;

export const topicKey = (lang: Lang, slug: string, page: number) => ['topic', lang, slug, page] as const;

/**
 * The queries of listings (front pages, topic pages), which a new edition may reorder: refetched while on screen, then
 * held (ui/useHeldWhileOnScreen.ts).
 */
export const isListingKey = (key: readonly unknown[]) => key[0] === 'front-page' || key[0] === 'topic';
