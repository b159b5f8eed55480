import { LANGS, perLang, type Lang } from '../src/i18n/languages.ts';
import type { SourceArticle } from './load.ts';
import { absoluteUrl, articleUrl, frontPageUrl } from '../src/content-api/paths.ts';

// sitemap.xml and robots.txt for the published edition. A language a story has no version in is
// left out: its page shows the original, whose URL is the canonical one.

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Entry = { urls: Partial<Record<Lang, string>>; xDefault: string };

function entryXml({ urls, xDefault }: Entry, origin: string): string[] {
  const hreflangLinks = [
    ...Object.entries(urls).map(([lang, path]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(absoluteUrl(path, origin))}"/>`),
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl(xDefault, origin))}"/>`,
  ];
  return Object.values(urls).map((path) => [`  <url>`, `    <loc>${escapeXml(absoluteUrl(path, origin))}</loc>`, ...hreflangLinks, `  </url>`].join('\n'));
}

function articleEntry(article: SourceArticle): Entry {
  const urls = Object.fromEntries(LANGS.flatMap((lang) => {
    const version = article.versions[lang];
    return version ? [[lang, articleUrl(lang, version.slug)]] : [];
  }));
  return { urls, xDefault: urls[article.meta.originalLanguage] ?? '/' };
}

export function sitemapXml(articles: SourceArticle[], origin: string): string {
  const front: Entry = { urls: perLang((lang) => frontPageUrl(lang)), xDefault: '/' };
  const urls = [front, ...articles.map(articleEntry)].flatMap((entry) => entryXml(entry, origin));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}
