import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'vite';
import type { EditionManifest } from '../pipeline/manifest.ts';
import { precompress } from '../pipeline/compress.ts';
import { writeEditionFileList } from '../pipeline/deploy/editions.ts';
import { embedShellStrings, prerenderPages } from '../pipeline/prerender.ts';
import { writeSearchIndex } from '../pipeline/searchIndex.ts';
import { SERVER_DIR, writeServerConfig } from '../pipeline/serverConfig.ts';
import { writeServiceWorker } from '../pipeline/serviceWorker.ts';
import { CONTENT_PLUGIN, type ContentPluginApi } from '../pipeline/vitePlugin.ts';
import { FIRST_PAINT_PLUGIN, type FirstPaintPluginApi } from '../pipeline/firstPaint.ts';
import type { FirstViewChunks } from '../pipeline/bundle/firstViewChunks.ts';
import { DEFAULT_SITE_URL, siteOrigin } from '../src/shared/site.ts';

// npm run build [-- --outDir dist] [--quiet]: the client build (which checks and publishes the
// edition, see pipeline/vitePlugin.ts), then a server build of the same app that renders every
// page of the edition's manifest into static HTML, then the search index, the offline edition's service worker, the
// production server's build-dependent configuration and the precompressed twins of every text file.

// --no-precompress: no .br/.gz twins (the benchmark's large editions, which no server sends compressed).
const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, quiet: { type: 'boolean', default: false }, 'no-precompress': { type: 'boolean', default: false } } });
const outDir = resolve(values.outDir);
const origin = siteOrigin(process.env.KIOSQUE_SITE_URL);

/** Hands over what the client build made: the manifest the content plugin published, and the chunks of each page's first view. */
function clientBuildReader(receive: (manifest: EditionManifest, chunks: FirstViewChunks) => void): Plugin {
  return {
    name: 'kiosque-client-build-reader',
    closeBundle: {
      sequential: true,
      handler() {
        const api = (name: string) => this.environment.config.plugins.find((candidate) => candidate.name === name)?.api as unknown;
        receive((api(CONTENT_PLUGIN) as ContentPluginApi).manifest(), (api(FIRST_PAINT_PLUGIN) as FirstPaintPluginApi).chunks());
      },
    },
  };
}

let client: { manifest: EditionManifest; chunks: FirstViewChunks } | undefined;
await build({ logLevel: values.quiet ? 'warn' : 'info', build: { outDir, emptyOutDir: true }, plugins: [clientBuildReader((manifest, chunks) => (client = { manifest, chunks }))] });
if (!client) throw new Error('the client build handed over no manifest');
const { manifest, chunks } = client;

// Inside node_modules, so that the server bundle resolves the packages it leaves external.
mkdirSync('node_modules/.cache', { recursive: true });
const ssrDir = mkdtempSync(resolve('node_modules/.cache/kiosque-ssr-'));
await build({ logLevel: 'warn', build: { ssr: 'src/app/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } });
const { prerender } = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as typeof import('../src/app/entry-server.tsx');
embedShellStrings(outDir);
const written = await prerenderPages(manifest.pages, prerender, outDir, origin, chunks);
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${written} pages into ${outDir}`);

const searchStarted = performance.now();
const indexed = await writeSearchIndex(outDir, manifest.pages);
console.log(`search: indexed ${Object.entries(indexed).map(([lang, count]) => `${count} stories in ${lang}`).join(', ')} (${((performance.now() - searchStarted) / 1000).toFixed(1)} s)`);

const offline = await writeServiceWorker(outDir, manifest.pages);
console.log(`service worker: precaches ${offline.count} files (${(offline.size / 1024).toFixed(0)} KB)`);

writeServerConfig(outDir, manifest);
const compressed = values['no-precompress'] ? 0 : await precompress(outDir);
console.log(`server: ${manifest.redirects.length} redirects and the Content-Security-Policy in ${SERVER_DIR}/; ${compressed} files precompressed (.br, .gz)`);
// Last: a build cut short before this line has no list, and a deploy does not publish it.
writeEditionFileList(outDir, manifest);
if (origin === DEFAULT_SITE_URL) console.warn(`site address: this build names ${origin} in canonical links, social tags and the sitemap; set KIOSQUE_SITE_URL to deploy it`);
