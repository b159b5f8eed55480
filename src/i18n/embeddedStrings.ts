import type { Lang } from './languages.ts';
import type { Strings } from './strings.ts';

// A page carries the interface strings it needs as JSON, so the app shows them without a request:
// a prerendered page its own language's, the app shell (which may become any page) every
// language's. Other languages are fetched when needed (see loadStrings.ts).

export type EmbeddedStrings = Partial<Record<Lang, Strings>>;

const ELEMENT_ID = 'kiosque-strings';

/** Matches the element in a page's HTML, for the build to replace. */
export const EMBEDDED_STRINGS_PATTERN = new RegExp(`<script type="application/json" id="${ELEMENT_ID}">[^<]*</script>`);

export function embeddedStringsScript(strings: EmbeddedStrings): string {
  return `<script type="application/json" id="${ELEMENT_ID}">${JSON.stringify(strings).replace(/</g, '\\u003c')}</script>`;
}

export function readEmbeddedStrings(): EmbeddedStrings {
  const text = document.getElementById(ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as EmbeddedStrings) : {};
}
