import { describe, expect, it } from 'vitest';
import { manifestFromContent } from './manifestFromContent.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';
import { FROZEN_EDITION } from '../testing/fixture.ts';

const ORIGIN = 'https://kiosque.example';

describe('sitemapXml', () => {
  const xml = sitemapXml(manifestFromContent(FROZEN_EDITION, ORIGIN).pages, ORIGIN);
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);

  it('lists both front pages, every topic page and every story in each language it is written in, and no other', () => {
    expect(locs.sort()).toEqual(
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
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${ORIGIN}/en/articles/alpha-dispatch"/>`);
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/fr/articles/depeche-alpha"/>`,
    );
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${ORIGIN}/fr/topics/securite"/>`);
    expect(xml).not.toContain('/en/articles/depeche-delta');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt(ORIGIN)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  });
});
