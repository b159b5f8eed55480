import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { siteOrigin } from './src/shared/site.ts';
import { earlyScriptPlugin } from './pipeline/bundle/earlyScript.ts';
import { firstPaintPlugin } from './pipeline/bundle/firstPaint.ts';
import { kiosqueContent } from './pipeline/bundle/contentPlugin.ts';
import { BUILD_TARGET, BUNDLE_OPTIMIZATION, chunkGroups } from './pipeline/bundle/chunks.ts';
import { plainDynamicImports } from './pipeline/bundle/plainDynamicImports.ts';
import { shortClassNames } from './pipeline/bundle/classNames.ts';

// KIOSQUE_CONTENT points the build at another content set (the test-only fixtures, the scale benchmark).
const contentRoot = process.env.KIOSQUE_CONTENT ?? 'content';
// Where the edition is served: canonical URLs, social tags and the sitemap name it.
const siteUrl = siteOrigin(process.env.KIOSQUE_SITE_URL);

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [
    react(),
    plainDynamicImports(),
    kiosqueContent(contentRoot, siteUrl),
    earlyScriptPlugin(),
    firstPaintPlugin(),
  ],
  define: { 'import.meta.env.KIOSQUE_SITE_URL': JSON.stringify(siteUrl) },
  // A chunk per library, the app's own, and the parts loaded later. The page requests every chunk its
  // first view needs at once (pipeline/bundle/firstPaint.ts), so the bundler's own preloading is off.
  // One stylesheet, inlined into every page (pipeline/bundle/firstPaint.ts), so a lazy part has no CSS to fetch.
  build: {
    target: BUILD_TARGET,
    modulePreload: false,
    cssCodeSplit: false,
    // No warning that a plugin took most of the time: the content plugin publishes the edition, most of a large build's
    // client stage by design, and the build prints its stages' times itself (--verbose).
    rolldownOptions: isSsrBuild
      ? { checks: { bundlerTimings: false } }
      : {
          checks: { bundlerTimings: false },
          optimization: BUNDLE_OPTIMIZATION,
          output: { codeSplitting: { groups: chunkGroups() } },
        },
  },
  css: { modules: command === 'build' ? { generateScopedName: shortClassNames(import.meta.dirname) } : {} },
  preview: { port: 4173 },
}));
