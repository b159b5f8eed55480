import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Prerendered } from '../src/app/entry-server.tsx';
import { prerenderStateScript } from '../src/app/prerenderState.ts';
import { headHtml } from '../src/shared/head.ts';
import { siteOrigin } from '../src/shared/site.ts';
import { writeServiceWorker } from '../pipeline/serviceWorker.ts';

// npm run build [-- --outDir dist] [--quiet]: the client build, then a server build of the same app, which
// renders every article and both front pages into static HTML (head and article included), so
// that crawlers, link previews and the first paint need no JavaScript. The app then hydrates it.

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false } } });
const logLevel = values.quiet ? 'warn' : 'info';
const outDir = resolve(values.outDir);
const origin = siteOrigin(process.env.KIOSQUE_SITE_URL);

/** The edition's routes: each front page's first page, and every article resource in each language. */
function routesToPrerender(published: string[]): string[] {
  return published.flatMap((file) => {
    const front = /^content\/(fr|en)\/front\/1\.json$/.exec(file);
    if (front) return [`/${front[1]}/`];
    const article = /^content\/(fr|en)\/articles\/([a-z0-9-]+)\.json$/.exec(file);
    if (!article) return [];
    const resource = JSON.parse(readFileSync(join(outDir, file), 'utf8')) as { type: string };
    return resource.type === 'article' ? [`/${article[1]}/articles/${article[2]}`] : [];
  });
}

/** Where a static host finds a route: /fr/ is fr/index.html, /fr/articles/x is fr/articles/x.html. */
const fileFor = (route: string) => join(outDir, route.endsWith('/') ? `${route}index.html` : `${route}.html`);

function pageHtml(template: string, page: Prerendered): string {
  return template
    .replace(/<html lang="[a-z]+">/, `<html lang="${page.lang}">`)
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace(/<title>[^<]*<\/title>/, headHtml(page.head))
    .replace('<div id="root"></div>', `<div id="root">${page.html}</div>\n    ${prerenderStateScript(page.state)}`);
}

/** During prerendering the app's fetches of /content/… read the files the client build wrote. */
function serveContentFromDisk() {
  globalThis.fetch = async (input: string | URL | Request) => {
    const path = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, origin).pathname;
    try {
      return new Response(readFileSync(join(outDir, path)), { headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

const published: string[] = [];
await build({
  logLevel,
  build: { outDir, emptyOutDir: true },
  plugins: [{ name: 'kiosque-list-output', generateBundle: (_options, bundle) => void published.push(...Object.keys(bundle)) }],
});
// Inside node_modules, so that the server bundle resolves the packages it leaves external.
mkdirSync('node_modules/.cache', { recursive: true });
const ssrDir = mkdtempSync(resolve('node_modules/.cache/kiosque-ssr-'));
await build({ logLevel: 'warn', build: { ssr: 'src/app/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } });

const { prerender } = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as typeof import('../src/app/entry-server.tsx');
serveContentFromDisk();
const template = readFileSync(join(outDir, 'index.html'), 'utf8');
const routes = routesToPrerender(published);
let written = 0;
for (const route of routes) {
  const page = await prerender(route, origin);
  if (!page) continue;
  mkdirSync(dirname(fileFor(route)), { recursive: true });
  writeFileSync(fileFor(route), pageHtml(template, page));
  written += 1;
}
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${written} of ${routes.length} routes into ${outDir}`);

const offline = await writeServiceWorker(outDir);
console.log(`service worker: precaches ${offline.count} files (${(offline.size / 1024).toFixed(0)} KB)`);
