import type { Lang } from './languages.ts';
import type { Strings } from './strings.ts';

// A page carries the interface strings it needs as JSON, so the app shows them without a request:
// a prerendered page its own language's, and of the others what a page says when it cannot load
// (offline, failed, not found), so that the language switch answers in that language even with no
// network; the app shell (which may become any page) every language's. The rest of another
// language's strings is fetched when needed (see loadStrings.ts).

/** What a page says when it cannot show what was asked for. */
export const FAILURE_STRINGS = ['offline', 'error', 'notFound'] as const;

export type EmbeddedStrings = Partial<Record<Lang, { strings: Partial<Strings>; all: boolean }>>;

const ELEMENT_ID = 'kiosque-strings';

/** Matches the element in a page's HTML, for the build to replace. */
export const embeddedStringsPattern = () =>
  new RegExp(`<script type="application/json" id="${ELEMENT_ID}">[^<]*</script>`);

export function embeddedStringsScript(strings: EmbeddedStrings): string {
  return `<script type="application/json" id="${ELEMENT_ID}">${JSON.stringify(strings).replace(/</g, '\\u003c')}</script>`;
}

export function readEmbeddedStrings(): EmbeddedStrings {
  const text = document.getElementById(ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as EmbeddedStrings) : {};
}
