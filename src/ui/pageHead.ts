import type { Lang } from '../content/languages.ts';
import { siteUrl } from './siteUrl.ts';
import type { Head, HeadTag } from './head.ts';

const OG_LOCALE: Record<Lang, string> = { fr: 'fr_FR', en: 'en_GB' };

export type PageHeadInput = {
  lang: Lang;
  title: string;
  description: string;
  /** The page's own path, and the canonical one when another language version holds the same text. */
  path: string;
  canonicalPath?: string;
  /** The path of the page in each language it exists in. */
  alternates: Partial<Record<Lang, string>>;
  xDefault: string;
  type: 'website' | 'article';
  noindex?: boolean;
  jsonLd?: object;
};

const meta = (name: string, content: string): HeadTag => ({ tag: 'meta', attributes: { name, content } });
const property = (name: string, content: string): HeadTag => ({ tag: 'meta', attributes: { property: name, content } });

function alternateLinks(alternates: Partial<Record<Lang, string>>, xDefault: string): HeadTag[] {
  return [
    ...Object.entries(alternates).map(([hreflang, path]): HeadTag => ({ tag: 'link', attributes: { rel: 'alternate', hreflang, href: siteUrl(path) } })),
    { tag: 'link', attributes: { rel: 'alternate', hreflang: 'x-default', href: siteUrl(xDefault) } },
  ];
}

/** Everything crawlers and link previews read, which do not run JavaScript. */
export function pageHead(input: PageHeadInput): Head {
  const url = siteUrl(input.canonicalPath ?? input.path);
  const otherLocales = Object.keys(input.alternates).filter((lang) => lang !== input.lang) as Lang[];
  const tags: HeadTag[] = [
    meta('description', input.description),
    ...(input.noindex ? [meta('robots', 'noindex')] : []),
    { tag: 'link', attributes: { rel: 'canonical', href: url } },
    ...alternateLinks(input.alternates, input.xDefault),
    property('og:type', input.type),
    property('og:site_name', 'Kiosque'),
    property('og:title', input.title),
    property('og:description', input.description),
    property('og:url', url),
    property('og:locale', OG_LOCALE[input.lang]),
    ...otherLocales.map((lang) => property('og:locale:alternate', OG_LOCALE[lang])),
    meta('twitter:card', 'summary'),
    meta('twitter:title', input.title),
    meta('twitter:description', input.description),
    ...(input.jsonLd ? [{ tag: 'json-ld', json: input.jsonLd } as const] : []),
  ];
  return { title: `${input.title} — Kiosque`, tags };
}

/** A short description from running text: whole words, about 160 characters at most. */
export function describe(text: string, limit = 160): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/u, '')}…`;
}
