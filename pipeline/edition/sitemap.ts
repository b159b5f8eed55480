import { absoluteUrl } from '../../src/content-api/paths.ts';
import type { ManifestPage } from './manifest.ts';

// sitemap.xml and robots.txt, from the manifest: every page whose canonical address is its own,
// with its versions in other languages. A page showing a story's original in another language is
// left out: its canonical address is the original's.

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function entryXml({ links }: ManifestPage, origin: string): string {
  const href = (path: string) => escapeXml(absoluteUrl(path, origin));
  return [
    '  <url>',
    `    <loc>${href(links.canonicalPath)}</loc>`,
    ...Object.entries(links.hreflang).map(
      ([lang, path]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${href(path)}"/>`,
    ),
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${href(links.xDefault)}"/>`,
    '  </url>',
  ].join('\n');
}

export function sitemapXml(pages: ManifestPage[], origin: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.filter((page) => page.indexable).map((page) => entryXml(page, origin)),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}
