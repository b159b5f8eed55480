/** A run of an excerpt's text, marked where it matched the query. */
export type ExcerptPart = { text: string; match: boolean };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/** Pagefind marks a whole space-separated token: the punctuation around the word is left unmarked. */
function markWordOnly(text: string): ExcerptPart[] {
  const [, before = '', word = '', after = ''] = /^([\p{P}\p{Z}]*)(.*?)([\p{P}\p{Z}]*)$/su.exec(text) ?? [];
  if (word === '') return [{ text, match: true }];
  return [
    { text: before, match: false },
    { text: word, match: true },
    { text: after, match: false },
  ];
}

/** Neighbouring runs of the same kind as one, empty ones left out. */
function joinRuns(parts: ExcerptPart[]): ExcerptPart[] {
  const runs: ExcerptPart[] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    if (part.text === '') continue;
    if (last && last.match === part.match) last.text += part.text;
    else runs.push({ ...part });
  }
  return runs;
}

/**
 * Pagefind's excerpt is HTML: escaped text with `<mark>` around the matches. It is read here into
 * text runs, so that the page renders it as text and never as HTML.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts = html.split(/(<mark>.*?<\/mark>)/s).flatMap((part) => {
    if (!part.startsWith('<mark>')) return [{ text: decode(part), match: false }];
    return markWordOnly(decode(part.slice(6, -7)));
  });
  return joinRuns(parts);
}

/** The words Pagefind marked in an excerpt. */
export function markedWords(html: string): string[] {
  return parseExcerpt(html)
    .filter((part) => part.match)
    .map((part) => part.text);
}
