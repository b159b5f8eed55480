import type { Plugin } from 'vite';
import { DEFAULT_TEXT_SIZE, DEFAULT_THEME, TEXT_SIZE, THEME } from '../../src/features/display/displayPreferences.ts';
import { HELD_BUTTON_SELECTOR, ISLAND_SELECTOR } from '../../src/shared/islands.ts';
import type { DocumentStateName } from '../../src/shared/documentState.ts';
import { BLOCK_ATTRIBUTE, BLOCK_SELECTOR } from '../../src/shared/blocks.ts';

// The one script that runs before the first paint, in every page's head:
// - it applies the reader's stored theme and text size, so that a dark page never flashes light
//   (written from the preferences' own keys and defaults; storage that throws leaves the defaults);
// - a front page opened at another page than the one its HTML holds (`/fr/?page=2` is served the
//   first page's file by a static host) is marked pending, and its content stays hidden until the
//   app has rendered the right page; so is the search page opened with a query (`?q=`), whose file
//   holds the empty page's invitation, until the app has the results: meanwhile its search box
//   holds the query, and the page says it is searching (a query of spaces is none);
// - a tap (or Enter, or Space) on a button of an island whose code has not arrived yet (see
//   src/ui/islands/heldTaps.ts), before the app or after, is held: the island notes which of its buttons it
//   was, after any pressed before it, the button says it is busy, and the app presses them again,
//   in the reader's order, once the code is here. React would drop them;
// - the language switch followed before the app has arrived (a plain link) takes the paragraph at
//   the reading line with it (`#p4`), which the page in the other language opens at.

export function earlyScript(): string {
  const apply = (attribute: DocumentStateName, key: string, fallback: string) =>
    `d.${attribute}=s.getItem(${JSON.stringify(key)})||${JSON.stringify(fallback)};`;
  const preferences = `try{var s=localStorage;${apply('theme', THEME.key, DEFAULT_THEME)}${apply('textSize', TEXT_SIZE.key, DEFAULT_TEXT_SIZE)}}catch(e){}`;
  const [page, query, pending] = ['page', 'q', 'pendingPage'] satisfies DocumentStateName[];
  const pendingPage = `var u=new URLSearchParams(location.search),p=u.get("page"),q=(u.get("q")||"").trim();if(d.${page}&&p&&p!==d.${page})d.${pending}="";`;
  const pendingResults = `if(d.${query}===""&&q){d.${pending}="";addEventListener("DOMContentLoaded",function(){document.querySelector("[name=q]").value=q})}`;
  const held = JSON.stringify(HELD_BUTTON_SELECTOR);
  const heldTaps = [
    `addEventListener("click",function(e){var b=e.target.closest&&e.target.closest(${held}),i=b&&b.closest(${JSON.stringify(ISLAND_SELECTOR)});`,
    `if(i&&i.dataset.islandArrived==null){e.preventDefault();e.stopPropagation();var t=i.dataset.tapped;i.dataset.tapped=(t?t+" ":"")+[].indexOf.call(i.querySelectorAll(${held}),b);b.setAttribute("aria-busy","true")}},true);`,
  ].join('');
  const [app] = ['app'] satisfies DocumentStateName[];
  const placeAcrossSwitch = [
    `addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("header a[hreflang]");if(!a||d.${app}!=null||!scrollY)return;`,
    `var b=[].find.call(document.querySelectorAll(${JSON.stringify(BLOCK_SELECTOR)}),function(x){return x.getBoundingClientRect().bottom>parseFloat(getComputedStyle(x).scrollMarginTop)});`,
    `if(b)a.hash=b.getAttribute(${JSON.stringify(BLOCK_ATTRIBUTE)})},true);`,
  ].join('');
  return `var d=document.documentElement.dataset;${preferences}${pendingPage}${pendingResults}${heldTaps}${placeAcrossSwitch}`;
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
