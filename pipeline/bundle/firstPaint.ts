import type { Plugin, Rollup } from 'vite';
import { firstViewChunks, type FirstViewChunks } from './firstViewChunks.ts';
import { LOADER_ATTRIBUTES } from '../../src/shared/firstView.ts';
import type { DocumentStateName } from '../../src/shared/documentState.ts';

// The first paint waits for nothing but the HTML, whatever the host:
// - the build's one stylesheet (11 KB, 3 KB compressed) goes inside every page instead of being a
//   render-blocking request: on a slow network, a round trip saved before the reader sees the news;
// - the app's chunks are requested only once the page has loaded and painted, all at once (the
//   entry and a modulepreload for each chunk the page's first view needs, which the page names:
//   see bundle/firstViewChunks.ts). The prerendered page needs none of them to be read, so they
//   never compete with the page for the connection, even on a host that compresses nothing. The app
//   shell (nothing prerendered to paint) and a browser that cannot report its first paint load
//   them at once.

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g;
const MODULE_SCRIPT = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g;

const PENDING: DocumentStateName = 'pendingPage';

const LOAD_AFTER_FIRST_PAINT = [
  'var a=document.currentScript.dataset,src=a.appBundle,P=window.PerformanceObserver;',
  // Every element at once: one change to the head, not one per chunk.
  'var f=document.createDocumentFragment();function preload(h){if(!h)return;var l=document.createElement("link");l.rel="modulepreload";l.href=h;f.appendChild(l)}',
  // An entry that cannot be fetched leaves the page as its file holds it: a page kept hidden for the
  // app (see earlyScript.ts) is shown rather than left blank.
  'function load(){if(!src)return;a.appChunks.split(" ").forEach(preload);var s=document.createElement("script");s.type="module";s.src=src;src="";',
  `s.onerror=function(){delete document.documentElement.dataset.${PENDING}};f.appendChild(s);document.head.appendChild(f)}`,
  // Once the whole page is parsed and has painted (the frame after the first contentful paint,
  // so that the story's paragraphs, not only its headline, are on screen).
  'function afterPaint(){requestAnimationFrame(function(){setTimeout(load)})}',
  'addEventListener("load",function(){',
  'if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)',
  'new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();afterPaint()}}).observe({type:"paint",buffered:true});',
  'else load()});',
  // The app shell (an address the build did not prerender) has nothing to paint until the app runs.
  'document.addEventListener("DOMContentLoaded",function(){var r=document.getElementById("root");if(!r||!r.firstElementChild)load()});',
].join('');

function inlineStylesheets(html: string, bundle: Rollup.OutputBundle): string {
  return html.replace(STYLESHEET_LINK, (link, fileName: string) => {
    const asset = bundle[fileName];
    if (asset?.type !== 'asset' || typeof asset.source !== 'string') throw new Error(`${link} names no stylesheet of the build`);
    Reflect.deleteProperty(bundle, fileName);
    return `<style>${asset.source.trim()}</style>`;
  });
}

/** The loader's opening tag: the entry and the chunks of the first view (a page of the app shell's kind until prerendering names its own). */
export function loaderTag(entry: string, chunks: string[]): string {
  return `<script ${LOADER_ATTRIBUTES.entry}="${entry}" ${LOADER_ATTRIBUTES.chunks}="${chunks.join(' ')}">`;
}

const LOADER_TAG = new RegExp(`<script ${LOADER_ATTRIBUTES.entry}="[^"]*" ${LOADER_ATTRIBUTES.chunks}="[^"]*">`);

/** A page's HTML, made from the app shell's, whose loader names the chunks of `chunks`' first view instead. */
export function withFirstViewChunks(html: string, entry: string, chunks: string[]): string {
  if (!LOADER_TAG.test(html)) throw new Error('the page has no loader to name its chunks');
  return html.replace(LOADER_TAG, loaderTag(entry, chunks));
}

function loadModuleAfterFirstPaint(html: string, bundle: Rollup.OutputBundle, root: string): { html: string; chunks: FirstViewChunks } {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  if (scripts.length !== 1) throw new Error(`index.html should load one module script, not ${scripts.length}`);
  const src = scripts[0]?.[1] ?? '';
  const chunks = firstViewChunks(bundle, root, src.replace(/^\//, ''));
  // The app shell leads `/` to a front page.
  return {
    html: html.replace(MODULE_SCRIPT, () => `${loaderTag(src, chunks.byKind('front-page'))}${LOAD_AFTER_FIRST_PAINT}</script>`),
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
      handler(html, { bundle }) {
        if (!bundle) return html;
        const loaded = loadModuleAfterFirstPaint(inlineStylesheets(html, bundle), bundle, root);
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
    [...html.matchAll(new RegExp(`<${tag}${loaderAttributes}>([^<]*)</${tag}>`, 'g'))].map((match) => match[1] ?? '');
  return { scripts: texts('script'), styles: texts('style') };
}
