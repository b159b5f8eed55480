import { resolve } from 'node:path';
import type { Rollup } from 'vite';
import { BUILD_TARGET } from './chunks.ts';

// The scripts every page carries inline (the early script, the loader) are browser modules under
// src/early/, written in TypeScript against the app's own modules. Each is compiled at build time,
// with what it imports, into one self-contained script: an IIFE, minified, which declares nothing
// global. The server's Content-Security-Policy allows them by the hash of this compiled text
// (pipeline/output/serverConfig.ts hashes what the app shell holds).

/** What an inline script cannot hold: the end of its element, or the opening of a comment. */
const NOT_INLINE = /<\/script|<!--/i;

/** Compiles `entry` (a path from `root`) and what it imports into the text of an inline script. */
export async function compileInlineScript(entry: string, root = process.cwd()): Promise<string> {
  // Vite is loaded only when something is to be compiled (a publish from a kept build does without it).
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: BUILD_TARGET,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'kiosque' },
    },
  });
  const [output] = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = output?.output.filter((file) => file.type === 'chunk') ?? [];
  if (chunks.length !== 1 || !chunks[0]) throw new Error(`${entry} did not compile to one script`);
  const code = chunks[0].code.trim();
  if (NOT_INLINE.test(code)) throw new Error(`${entry} compiles to a script a page cannot hold inline`);
  return code;
}
