import { describe, expect, it } from 'vitest';
import { manifestFromContent } from './manifestFromContent.ts';
import { robotsTxt, sitemapFiles, storiesSitemap } from './sitemap.ts';
import { FROZEN_EDITION } from '../testing/fixture.ts';

const ORIGIN = 'https://kiosque.example';
const { pages } = manifestFromContent(FROZEN_EDITION, ORIGIN);

const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
/** The sitemaps sitemap.xml names, by path, with their text. */
const namedSitemaps = (files: Map<string, string>) =>
  locsOf(files.get('sitemap.xml') ?? '').map((loc) => {
    const path = loc.replace(`${ORIGIN}/`, '');
    return [path, files.get(path) ?? `no ${path}`] as const;
  });

describe('sitemapFiles', () => {
  const files = sitemapFiles(pages, ORIGIN);
  const everySitemap = namedSitemaps(files)
    .map(([, xml]) => xml)
    .join('\n');

  it('makes sitemap.xml an index of sitemaps, each of which it names, at the site’s address', () => {
    expect(files.get('sitemap.xml')).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(namedSitemaps(files).map(([path]) => path)).toEqual(
      [...files.keys()].filter((path) => path !== 'sitemap.xml'),
    );
    for (const [, xml] of namedSitemaps(files)) expect(xml).toMatch(/^<\?xml[^>]*>\n<urlset /);
  });

  it('lists both front pages, every topic page and every story in each language it is written in, and no other', () => {
    expect(locsOf(everySitemap).sort()).toEqual(
      [
        '/fr/',
        '/en/',
        '/fr/articles/depeche-alpha',
        '/en/articles/alpha-dispatch',
        '/fr/articles/contexte-beta',
        '/en/articles/beta-background',
        '/fr/articles/contexte-gamma',
        '/en/articles/gamma-background',
        '/fr/articles/depeche-delta',
        '/fr/topics/securite',
        '/en/topics/security',
        '/fr/topics/culture',
        '/en/topics/culture',
      ]
        .map((path) => `${ORIGIN}${path}`)
        .sort(),
    );
  });

  it('names each page’s alternates and x-default: the original for a story, / for the front page', () => {
    expect(everySitemap).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/en/articles/alpha-dispatch"/>`,
    );
    expect(everySitemap).toContain(
      `<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/fr/articles/depeche-alpha"/>`,
    );
    expect(everySitemap).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/"/>`);
    expect(everySitemap).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${ORIGIN}/fr/topics/securite"/>`);
    expect(everySitemap).not.toContain('/en/articles/depeche-delta');
  });

  describe('cut by age', () => {
    // Oldest first: the two undated stories (by id, last first), then beta (2020-01-02) and gamma (2020-01-03).
    const byTwo = sitemapFiles(pages, ORIGIN, 2);
    const stories = (number: number) => locsOf(byTwo.get(storiesSitemap(number)) ?? '');

    it('lists the stories a few a file, oldest first, each story whole in one file', () => {
      expect(stories(1)).toEqual([
        `${ORIGIN}/fr/articles/depeche-delta`,
        `${ORIGIN}/fr/articles/depeche-alpha`,
        `${ORIGIN}/en/articles/alpha-dispatch`,
      ]);
      expect(stories(2)).toEqual([
        `${ORIGIN}/fr/articles/contexte-beta`,
        `${ORIGIN}/en/articles/beta-background`,
        `${ORIGIN}/fr/articles/contexte-gamma`,
        `${ORIGIN}/en/articles/gamma-background`,
      ]);
      expect(byTwo.has(storiesSitemap(3))).toBe(false);
    });

    it('so that a new story changes the newest file alone', () => {
      const beforeGamma = sitemapFiles(
        pages.filter((page) => !page.route.includes('gamma')),
        ORIGIN,
        2,
      );
      const changed = [...byTwo].filter(([path, xml]) => beforeGamma.get(path) !== xml).map(([path]) => path);
      expect(changed).toEqual([storiesSitemap(2)]);
    });
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt(ORIGIN)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  });
});
