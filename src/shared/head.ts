// A page's <head> as data: built once per page by the page itself, applied to the live document
// on every client-side navigation, and serialised into the static HTML the build writes per route.

export type HeadTag =
  | { tag: 'meta'; attributes: { name: string; content: string } | { property: string; content: string } }
  | { tag: 'link'; attributes: { rel: string; href: string; hreflang?: string; type?: string; title?: string } }
  | { tag: 'json-ld'; json: object };

export type Head = { title: string; tags: HeadTag[] };

/** The same head, kept out of search results (the two-language view, error pages). */
export function noindex(head: Head): Head {
  return { ...head, tags: [...head.tags, { tag: 'meta', attributes: { name: 'robots', content: 'noindex' } }] };
}

/** Marks the elements this module owns, so that a navigation replaces exactly those. */
const MANAGED = 'data-head';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON inside a <script> must not be able to close it: `<` is written as \u003c. */
const scriptJson = (json: object) =>
  JSON.stringify(json)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

function tagHtml(tag: HeadTag): string {
  if (tag.tag === 'json-ld') return `<script type="application/ld+json" ${MANAGED}>${scriptJson(tag.json)}</script>`;
  const attributes = Object.entries(tag.attributes)
    .map(([name, value]) => `${name}="${escapeAttribute(String(value))}"`)
    .join(' ');
  return `<${tag.tag} ${attributes} ${MANAGED}>`;
}

/** The head as HTML, for the static page of a route. */
export function headHtml(head: Head): string {
  return [`<title>${escapeText(head.title)}</title>`, ...head.tags.map(tagHtml)].join('\n    ');
}

function tagElement(tag: HeadTag): HTMLElement {
  if (tag.tag === 'json-ld') {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(tag.json);
    script.setAttribute(MANAGED, '');
    return script;
  }
  const element = document.createElement(tag.tag);
  for (const [name, value] of Object.entries(tag.attributes)) element.setAttribute(name, String(value));
  element.setAttribute(MANAGED, '');
  return element;
}

/** Makes the live document's head say what `head` says. */
export function applyHead(head: Head): void {
  document.title = head.title;
  for (const element of document.head.querySelectorAll(`[${MANAGED}]`)) element.remove();
  document.head.append(...head.tags.map(tagElement));
}
