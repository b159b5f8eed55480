import type { Plugin } from 'vite';
import { DEFAULT_TEXT_SIZE, DEFAULT_THEME, TEXT_SIZE, THEME } from '../src/features/display/displayPreferences.ts';

// The one script that runs before the first paint, in every page's head:
// - it applies the reader's stored theme and text size, so that a dark page never flashes light
//   (written from the preferences' own keys and defaults; storage that throws leaves the defaults);
// - a front page opened at another page than the one its HTML holds (`/fr/?page=2` is served the
//   first page's file by a static host) is marked pending, and its content stays hidden until the
//   app has rendered the right page; so is the search page opened with a query (`?q=`), whose file
//   holds the empty page's invitation, until the app has the results.

export function earlyScript(): string {
  const apply = (attribute: string, key: string, fallback: string) => `d.${attribute}=s.getItem(${JSON.stringify(key)})||${JSON.stringify(fallback)};`;
  const preferences = `try{var s=localStorage;${apply('theme', THEME.key, DEFAULT_THEME)}${apply('textSize', TEXT_SIZE.key, DEFAULT_TEXT_SIZE)}}catch(e){}`;
  const pendingPage = `var q=new URLSearchParams(location.search),p=q.get("page");if(d.page&&p&&p!==d.page||d.q===""&&q.get("q"))d.pendingPage="";`;
  return `var d=document.documentElement.dataset;${preferences}${pendingPage}`;
}

const PLACEHOLDER = '<!-- kiosque: early script -->';

/** Puts the script where index.html holds its place, in the head, before any stylesheet applies. */
export function earlyScriptPlugin(): Plugin {
  return {
    name: 'kiosque-early-script',
    transformIndexHtml(html) {
      if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER}`);
      return html.replace(PLACEHOLDER, `<script>${earlyScript()}</script>`);
    },
  };
}
