import type { Plugin, Rollup } from 'vite';
import { firstViewChunks, type FirstViewChunks } from './firstViewChunks.ts';
import { LOADER_ATTRIBUTES } from '../../src/shared/firstView.ts';
import { compileInlineScript } from './inlineScript.ts';

// The first paint waits for nothing but the HTML, whatever the host:
// - the build's one stylesheet (11 KB, 3 KB compressed) goes inside every page instead of being a
//   render-blocking request: on a slow network, a round trip saved before the reader sees the news;
// - the app's module script becomes the page's loader (src/early/appLoader.ts, compiled at build
//   time), which requests the app's chunks only once the page has loaded and painted, all at once
//   (the entry and a modulepreload for each chunk the page's first view needs, which the page names
//   on the loader's tag: see bundle/firstViewChunks.ts). The prerendered page needs none of them to
//   be read, so they never compete with the page for the connection, even on a host that
//   compresses nothing.

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g;
const MODULE_SCRIPT = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g;

export const APP_LOADER = 'src/early/appLoader.ts';

function inlineStylesheets(html: string, bundle: Rollup.OutputBundle): string {
  return html.replace(STYLESHEET_LINK, (link, fileName: string) => {
    const asset = bundle[fileName];
    if (asset?.type !== 'asset' || typeof asset.source !== 'string')
      throw new Error(`${link} names no stylesheet of the build`);
    Reflect.deleteProperty(bundle, fileName);
    return `<style>${asset.source.trim()}</style>`;
  });
}

/**
 * The loader's opening tag: the entry and the chunks of the first view (a page of the app shell's kind until
 * prerendering names its own).
 */
export function loaderTag(entry: string, chunks: string[]): string {
  return `<script ${LOADER_ATTRIBUTES.entry}="${entry}" ${LOADER_ATTRIBUTES.chunks}="${chunks.join(' ')}">`;
}

const LOADER_TAG = new RegExp(`<script ${LOADER_ATTRIBUTES.entry}="[^"]*" ${LOADER_ATTRIBUTES.chunks}="[^"]*">`);

/** A page's HTML, made from the app shell's, whose loader names the chunks of `chunks`' first view instead. */
export function withFirstViewChunks(html: string, entry: string, chunks: string[]): string {
  if (!LOADER_TAG.test(html)) throw new Error('the page has no loader to name its chunks');
  return html.replace(LOADER_TAG, loaderTag(entry, chunks));
}

async function loadModuleAfterFirstPaint(html: string, bundle: Rollup.OutputBundle, root: string) {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  if (scripts.length !== 1) throw new Error(`index.html should load one module script, not ${scripts.length}`);
  const src = scripts[0]?.[1] ?? '';
  const chunks = firstViewChunks(bundle, root, src.replace(/^\//, ''));
  const loader = await compileInlineScript(APP_LOADER, root);
  // The app shell leads `/` to a front page.
  return {
    html: html.replace(MODULE_SCRIPT, () => `${loaderTag(src, chunks.byKind('front-page'))}${loader}</script>`),
    chunks,
  };
}

export const FIRST_PAINT_PLUGIN = 'kiosque-first-paint';

export type FirstPaintPluginApi = { chunks: () => FirstViewChunks };

export function firstPaintPlugin(): Plugin {
  let chunks: FirstViewChunks | undefined;
  let root = process.cwd();
  const api: FirstPaintPluginApi = {
    chunks: () => {
      if (!chunks) throw new Error('the client build has not written the app shell yet');
      return chunks;
    },
  };
  return {
    name: FIRST_PAINT_PLUGIN,
    apply: 'build',
    api,
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!bundle) return html;
        const loaded = await loadModuleAfterFirstPaint(inlineStylesheets(html, bundle), bundle, root);
        chunks = loaded.chunks;
        return loaded.html;
      },
    },
  };
}

/** The text of every inline script and stylesheet of a page, which the Content-Security-Policy allows by hash. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const loaderAttributes = `(?: ${LOADER_ATTRIBUTES.entry}="[^"]*" ${LOADER_ATTRIBUTES.chunks}="[^"]*")?`;
  const texts = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}${loaderAttributes}>([\\s\\S]*?)</${tag}>`, 'g'))].map(
      (match) => match[1] ?? '',
    );
  return { scripts: texts('script'), styles: texts('style') };
}
