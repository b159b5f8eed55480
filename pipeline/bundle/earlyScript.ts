import type { Plugin } from 'vite';
import { compileInlineScript } from './inlineScript.ts';

// The one script that runs before the first paint, in every page's head: src/early/earlyScript.ts
// (what it does is said there), made of the app's own modules and compiled at build time.

export const EARLY_SCRIPT = 'src/early/earlyScript.ts';

const PLACEHOLDER = '<!-- kiosque: early script -->';

/** Puts the script where index.html holds its place, in the head, before any stylesheet applies. */
export function earlyScriptPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'kiosque-early-script',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html) {
      if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER}`);
      const script = await compileInlineScript(EARLY_SCRIPT, root);
      return html.replace(PLACEHOLDER, () => `<script>${script}</script>`);
    },
  };
}
