import { absoluteUrl } from '../../src/content-api/paths.ts';
import { oldestFirst, type Dated } from './archiveOrder.ts';
import type { ManifestPage } from './manifest.ts';

// The sitemaps and robots.txt, from the manifest: every page whose canonical address is its own, with its versions in
// other languages. A page showing a story's original in another language is left out: its canonical address is the
// original's.
//
// sitemap.xml is an index of sitemaps (the protocol allows 50,000 addresses a file, which 25,000 stories in two
// languages reach): one of the front and topic pages, then the stories cut by age, STORIES_PER_SITEMAP a file from the
// oldest on (archiveOrder.ts), so that a new story changes the newest file and the index alone.

/** Stories a sitemap lists: 2,000 addresses at most, one a language. */
export const STORIES_PER_SITEMAP = 1000;

/** Where the sitemaps the index names are, under dist/. */
export const SITEMAPS_DIR = 'sitemaps';

const PAGES_SITEMAP = `${SITEMAPS_DIR}/pages.xml`;

/** The sitemap of the `number`th lot of stories, counted from the oldest and from 1. */
export const storiesSitemap = (number: number) => `${SITEMAPS_DIR}/stories-${number}.xml`;

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

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

function urlSet(pages: ManifestPage[], origin: string): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.map((page) => entryXml(page, origin)),
    '</urlset>',
    '',
  ].join('\n');
}

function sitemapIndex(paths: string[], origin: string): string {
  return [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `  <sitemap>\n    <loc>${escapeXml(absoluteUrl(`/${path}`, origin))}</loc>\n  </sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** Each story with its listed pages, oldest story first. */
function storiesOldestFirst(pages: ManifestPage[]): { story: Dated; pages: ManifestPage[] }[] {
  const byId = new Map<string, { story: Dated; pages: ManifestPage[] }>();
  for (const page of pages) {
    const { story } = page;
    if (!story) continue;
    const entry = byId.get(story.id) ?? { story, pages: [] };
    entry.pages.push(page);
    byId.set(story.id, entry);
  }
  return [...byId.values()].sort((a, b) => oldestFirst(a.story, b.story));
}

/** sitemap.xml and the sitemaps it names, by path under dist/. */
export function sitemapFiles(
  pages: ManifestPage[],
  origin: string,
  perFile = STORIES_PER_SITEMAP,
): Map<string, string> {
  const listed = pages.filter((page) => page.indexable);
  const stories = storiesOldestFirst(listed);
  const files = new Map([
    [
      PAGES_SITEMAP,
      urlSet(
        listed.filter((page) => !page.story),
        origin,
      ),
    ],
  ]);
  for (let at = 0; at < stories.length; at += perFile)
    files.set(
      storiesSitemap(at / perFile + 1),
      urlSet(
        stories.slice(at, at + perFile).flatMap((story) => story.pages),
        origin,
      ),
    );
  return new Map([['sitemap.xml', sitemapIndex([...files.keys()], origin)], ...files]);
}

export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}
