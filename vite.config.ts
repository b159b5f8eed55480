import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { defineConfig } from 'vite';
import { siteOrigin } from './src/shared/site.ts';
import { earlyScriptPlugin } from './pipeline/earlyScript.ts';
import { firstPaintPlugin } from './pipeline/firstPaint.ts';
import { kiosqueContent } from './pipeline/vitePlugin.ts';

// KIOSQUE_CONTENT points the build at another content set (the test-only fixtures, the scale benchmark).
const contentRoot = process.env.KIOSQUE_CONTENT ?? 'content';
// Where the edition is served: canonical URLs, social tags and the sitemap name it.
const siteUrl = siteOrigin(process.env.KIOSQUE_SITE_URL);

const classNames = new Map<string, string>();

/**
 * Class names of CSS Modules, in a production build: "k" and four characters, stable for a file and
 * a class (so the server build that prerenders and the browser's agree). The names travel in the
 * initial JavaScript, where every byte counts against the first-view budget; development keeps
 * readable ones. Two classes that would share a name fail the build instead of sharing styles.
 */
function shortClassName(name: string, file: string): string {
  const source = `${relative(import.meta.dirname, file)}:${name}`;
  const short = `k${createHash('sha256').update(source).digest('base64url').replace(/[-_]/g, '').slice(0, 4)}`;
  const owner = classNames.get(short);
  if (owner && owner !== source) throw new Error(`CSS class names collide: ${owner} and ${source} are both ${short}`);
  classNames.set(short, source);
  return short;
}

/**
 * The lazy routes' own modules (topic and search pages, but not the masthead's search box). Everything
 * else is one chunk, the entry: left to itself, the bundler splits the code the lazy routes share with
 * the entry into chunks the entry then imports, a waterfall before the app can start.
 */
const LAZY_ROUTE_MODULE = /\/src\/features\/(topics\/|search\/(?!SearchBox))/;

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [react(), kiosqueContent(contentRoot, siteUrl), earlyScriptPlugin(), firstPaintPlugin()],
  define: { 'import.meta.env.KIOSQUE_SITE_URL': JSON.stringify(siteUrl) },
  // One entry chunk, and lazy routes (topics, search) whose code needs nothing else: no modulepreload.
  // One stylesheet, inlined into every page (pipeline/firstPaint.ts), so a lazy route has no CSS to fetch.
  build: {
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    rolldownOptions: isSsrBuild ? {} : { output: { codeSplitting: { groups: [{ name: 'index', test: (id: string) => !LAZY_ROUTE_MODULE.test(id) }] } } },
  },
  css: { modules: command === 'build' ? { generateScopedName: shortClassName } : {} },
  preview: { port: 4173 },
}));
