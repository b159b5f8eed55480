import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { siteOrigin } from './src/shared/site.ts';
import { earlyPreferences } from './pipeline/earlyPreferences.ts';
import { kiosqueContent } from './pipeline/vitePlugin.ts';

// KIOSQUE_CONTENT points the build at another content set (the test-only fixtures, the scale benchmark).
const contentRoot = process.env.KIOSQUE_CONTENT ?? 'content';
// Where the edition is served: canonical URLs, social tags and the sitemap name it.
const siteUrl = siteOrigin(process.env.KIOSQUE_SITE_URL);

export default defineConfig({
  plugins: [react(), kiosqueContent(contentRoot, siteUrl), earlyPreferences()],
  define: { 'import.meta.env.KIOSQUE_SITE_URL': JSON.stringify(siteUrl) },
  // One entry chunk and no dynamic imports: the modulepreload polyfill would be dead weight.
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  preview: { port: 4173 },
});
