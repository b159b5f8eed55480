/** A run of an excerpt's text, marked where it matched the query. */
export type ExcerptPart = { text: string; match: boolean };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * Pagefind's excerpt is HTML: escaped text with `<mark>` around the matches. It is read here into
 * text runs, so that the page renders it as text and never as HTML.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  return html
    .split(/(<mark>.*?<\/mark>)/s)
    .filter((part) => part !== '')
    .map((part) => {
      const match = part.startsWith('<mark>');
      return { text: decode(match ? part.slice(6, -7) : part), match };
    });
}
