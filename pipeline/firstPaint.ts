import type { Plugin, Rollup } from 'vite';

// The first paint waits for nothing but the HTML, whatever the host:
// - the build's one stylesheet (11 KB, 3 KB compressed) goes inside every page instead of being a
//   render-blocking request: on a slow network, a round trip saved before the reader sees the news;
// - the app's bundle is requested only once the page has loaded and painted: the prerendered page
//   needs none of it to be read, so its 430 KB (117 KB compressed) never compete with the page for
//   the connection, even on a host that compresses nothing. The app shell (nothing prerendered to
//   paint) and a browser that cannot report its first paint load it at once.

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g;
const MODULE_SCRIPT = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g;

/** The attribute of the inline script that loads the app, naming its bundle. */
export const APP_BUNDLE_ATTRIBUTE = 'data-app-bundle';

const LOAD_AFTER_FIRST_PAINT = [
  'var src=document.currentScript.dataset.appBundle,P=window.PerformanceObserver;',
  // A bundle that cannot be fetched leaves the page as its file holds it: a page kept hidden for the
  // app (see earlyScript.ts) is shown rather than left blank.
  'function load(){if(!src)return;var s=document.createElement("script");s.type="module";s.src=src;src="";',
  's.onerror=function(){delete document.documentElement.dataset.pendingPage};document.head.appendChild(s)}',
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

function loadModuleAfterFirstPaint(html: string): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  if (scripts.length !== 1) throw new Error(`index.html should load one module script, not ${scripts.length}`);
  return html.replace(MODULE_SCRIPT, (_script, src: string) => `<script ${APP_BUNDLE_ATTRIBUTE}="${src}">${LOAD_AFTER_FIRST_PAINT}</script>`);
}

export function firstPaintPlugin(): Plugin {
  return {
    name: 'kiosque-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return bundle ? loadModuleAfterFirstPaint(inlineStylesheets(html, bundle)) : html;
      },
    },
  };
}

/** The text of every inline script and stylesheet of a page, which the Content-Security-Policy allows by hash. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const texts = (tag: string) => [...html.matchAll(new RegExp(`<${tag}(?: ${APP_BUNDLE_ATTRIBUTE}="[^"]*")?>([^<]*)</${tag}>`, 'g'))].map((match) => match[1] ?? '');
  return { scripts: texts('script'), styles: texts('style') };
}
