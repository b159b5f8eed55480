import type { APIRequestContext } from '@playwright/test';
import { SITE } from './edition.ts';
import { expect } from './fixtures.ts';

/**
 * The text of every sitemap the served sitemap.xml names, as one: each is checked to be at the site's address and to
 * answer.
 */
export async function everySitemap(request: APIRequestContext): Promise<string> {
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('<sitemapindex ');
  const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => loc);
  expect(locs.length).toBeGreaterThan(0);
  const sitemaps = locs.map(async (loc) => {
    expect(loc.startsWith(`${SITE}/`), loc).toBe(true);
    const response = await request.get(loc.slice(SITE.length));
    expect(response.status(), loc).toBe(200);
    return response.text();
  });
  return (await Promise.all(sitemaps)).join('\n');
}
