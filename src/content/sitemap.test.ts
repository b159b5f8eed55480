import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';
import { copyOfContent, SEED_ID } from './testing/fixture.ts';

const ORIGIN = 'https://kiosque.example';
const EN_SLUG = 'interior-minister-discusses-finnish-counterpart-ways-strengthen';

describe('sitemapXml', () => {
  it('lists both front pages and every story in each of its languages, with alternates and x-default', () => {
    const xml = sitemapXml(loadContent(copyOfContent().root).articles, ORIGIN);
    expect(xml.match(/<url>/g)).toHaveLength(2 + 4 * 2);
    expect(xml).toContain(`<loc>${ORIGIN}/fr/</loc>`);
    expect(xml).toContain(`<loc>${ORIGIN}/en/articles/${EN_SLUG}</loc>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="fr" href="${ORIGIN}/fr/articles/${SEED_ID}"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/fr/articles/${SEED_ID}"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/"/>`);
  });

  it('leaves out a language a story has no version in', () => {
    const content = copyOfContent();
    content.remove('articles/relations-culturelles-rabat-caire-ancrees-histoire/en.json');
    const xml = sitemapXml(loadContent(content.root).articles, ORIGIN);
    expect(xml.match(/<url>/g)).toHaveLength(2 + 4 * 2 - 1);
    expect(xml).not.toContain('/en/articles/relations-culturelles-rabat-caire-ancrees-histoire');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt(ORIGIN)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  });
});
