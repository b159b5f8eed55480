import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { kiosqueContent } from './src/content/vitePlugin.ts';

// KIOSQUE_CONTENT points the build at another content set (the test-only fixtures, the scale benchmark).
const contentRoot = process.env.KIOSQUE_CONTENT ?? 'src/content';

export default defineConfig({
  plugins: [react(), kiosqueContent(contentRoot)],
  build: { target: 'es2022' },
  preview: { port: 4173 },
});
