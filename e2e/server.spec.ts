import type { APIRequestContext, APIResponse } from '@playwright/test';
import { articlePath, SEED_ID, story, topicsOf } from './edition.ts';
import { expect, openPage, test } from './fixtures.ts';
import { SEARCH_ENGINE_STARTS } from './patience.ts';

// The production server (deploy/nginx/, served by npm run serve:nginx): status codes, precompressed
// files, the cache policy and the security headers. Runs only in the nginx project.

const enSlug = story(SEED_ID, 'en').slug;

/** Each address answers a 301 to its pair. */
async function expectMoved(request: APIRequestContext, moves: readonly (readonly [from: string, to: string])[]) {
  for (const [path, to] of moves) {
    const moved = await request.get(path, { maxRedirects: 0 });
    expect(moved.status(), path).toBe(301);
    expect(moved.headers()['location'], path).toBe(to);
  }
}

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  // WebAssembly may compile (search); JavaScript is never evaluated from strings.
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "style-src 'self'"])
    expect(csp).toContain(directive);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
}

test.describe('the production server', () => {
  test('a prerendered page: 200, brotli from its .br twin, revalidated, with the security headers', async ({
    request,
  }) => {
    const response = await request.get(articlePath(SEED_ID, 'fr'), { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers()['content-encoding']).toBe('br');
    expect(response.headers()['cache-control']).toBe('no-cache');
    expectSecurityHeaders(response);
    expect(await response.text()).toContain(story(SEED_ID, 'fr').headline);
  });

  test('a hashed asset: cached for a year, immutable; gzip for a client without brotli', async ({ request }) => {
    const html = await (await request.get('/fr/')).text();
    const asset = /(?:src|data-app-bundle)="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const response = await request.get(asset!, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('sw.js, the manifest and the content are revalidated', async ({ request }) => {
    for (const path of ['/sw.js', '/manifest.webmanifest', '/content/fr/front/1.json']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['cache-control'], path).toBe('no-cache');
    }
  });

  for (const [lang, title] of [
    ['fr', 'Page introuvable'],
    ['en', 'Page not found'],
  ] as const) {
    test(`an unknown article in ${lang}: a real 404 with the not-found page in ${lang}`, async ({ request }) => {
      const response = await request.get(`/${lang}/articles/cet-article-n-existe-pas`);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain(`<title>${title} — Kiosque</title>`);
      expectSecurityHeaders(response);
    });
  }

  test('an unknown language: a 404 with the default language’s page; the build’s server files stay private', async ({
    request,
  }) => {
    const unknown = await request.get('/de/irgendwas');
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toContain('<title>Page introuvable — Kiosque</title>');
    for (const path of ['/.server/csp.conf', '/.server/redirects.map', '/fr/404'])
      expect((await request.get(path)).status(), path).toBe(404);
  });

  test('the other language’s slug: a 301 to this language’s, keeping the query', async ({ request }) => {
    await expectMoved(request, [
      [
        `/en/articles/${story(SEED_ID, 'fr').slug}?utm_source=newsletter`,
        `/en/articles/${enSlug}?utm_source=newsletter`,
      ],
    ]);
  });

  test('topic pages, feeds, search: 200 where the build wrote them, a 301 from the other language’s topic slug or word for search', async ({
    request,
  }) => {
    const topic =
      topicsOf(SEED_ID).find((candidate) => candidate.slugs.fr !== candidate.slugs.en) ?? topicsOf(SEED_ID)[0];
    if (!topic) throw new Error('the seed has no topic');
    expect((await request.get(`/fr/topics/${topic.slugs.fr}`)).status()).toBe(200);
    const moved = await request.get(`/en/topics/${topic.slugs.fr}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(topic.slugs.fr === topic.slugs.en ? 200 : 301);
    if (moved.status() === 301) expect(moved.headers()['location']).toBe(`/en/topics/${topic.slugs.en}`);
    const feed = await request.get('/fr/feed.xml');
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/xml/);
    for (const path of [
      '/fr/recherche',
      '/en/search',
      '/pagefind/fr/pagefind.js',
      '/pagefind/en/pagefind-entry.json',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['cache-control'], path).toBe('no-cache');
    }
    await expectMoved(request, [
      ['/fr/search?q=Finnish', '/fr/recherche?q=Finnish'],
      ['/en/recherche', '/en/search'],
    ]);
    // With no language, the app shell, which leads to the reader's (search.spec.ts).
    for (const path of ['/search?q=Rabat', '/recherche']) {
      const shell = await request.get(path);
      expect(shell.status(), path).toBe(200);
      expect(await shell.text(), path).toContain('<div id="root"></div>');
    }
  });

  test('a page has one address: a trailing slash or index.html is a 301 to it, keeping the query', async ({
    request,
  }) => {
    await expectMoved(request, [
      [`/en/articles/${enSlug}/?utm_source=newsletter`, `/en/articles/${enSlug}?utm_source=newsletter`],
      ['/fr/index.html', '/fr/'],
      ['/en/index', '/en/'],
    ]);
    expect((await request.get('/fr/', { maxRedirects: 0 })).status()).toBe(200);
  });

  test('search runs under the strict policy: Pagefind’s worker, its WebAssembly and the other language’s index', async ({
    page,
  }) => {
    // The policy fixture fails this test on any violation; the search specs run on the preview host.
    await openPage(page, '/fr/recherche?q=Finnish+counterpart');
    const seed = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: story(SEED_ID, 'fr').headline });
    await expect(seed).toContainText('Trouvé dans la version anglaise', { timeout: SEARCH_ENGINE_STARTS });
  });
});
