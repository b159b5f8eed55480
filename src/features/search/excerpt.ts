/** A run of an excerpt's text, marked where it matched the query. */
export type ExcerptPart = { text: string; match: boolean };

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

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

const normalize = (word: string) => word.toLocaleLowerCase().replace(/[\p{P}\p{S}]/gu, '');

/** The text of `parts` from character `start` on. */
function sliceParts(parts: ExcerptPart[], start: number): ExcerptPart[] {
  const sliced: ExcerptPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const end = offset + part.text.length;
    if (end > start) sliced.push({ ...part, text: part.text.slice(Math.max(0, start - offset)) });
    offset = end;
  }
  return joinRuns(sliced);
}

/**
 * The excerpt without the headline it may begin with: a story's indexed text starts with its
 * headline, which a result shows above its excerpt, and which would otherwise run into the text
 * with no stop ("…ways to strengthen security cooperation The Minister…"). An excerpt that starts
 * partway through the headline loses the rest of it (two words at least, so that a text that merely
 * begins with the headline's last word keeps it).
 */
export function withoutHeadline(parts: ExcerptPart[], headline: string): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  const words = [...text.matchAll(/\S+\s*/g)];
  const heading = headline.split(/\s+/).filter(Boolean).map(normalize);
  for (let count = Math.min(heading.length, words.length - 1); count >= Math.min(2, heading.length); count -= 1) {
    const start = words.slice(0, count).map((match) => normalize(match[0].trim()));
    if (start.every((word, index) => word === heading[heading.length - count + index])) {
      const cut = (words[count - 1]?.index ?? 0) + (words[count - 1]?.[0].length ?? 0);
      return sliceParts(parts, cut);
    }
  }
  return parts;
}

/** `text` in runs, the words that are one of `words` (whatever their case and punctuation) marked. */
export function markWords(text: string, words: string[]): ExcerptPart[] {
  const wanted = new Set(words.map(normalize).filter(Boolean));
  return joinRuns(
    text
      .split(/(\s+)/)
      .flatMap((piece) => (wanted.has(normalize(piece)) ? markWordOnly(piece) : [{ text: piece, match: false }])),
  );
}

const ENDS_A_SENTENCE = /[.!?…»"”)]\s*$/u;
const STARTS_MIDWAY = /^\s*\p{Ll}/u;

/**
 * The excerpt as a passage of the story: Pagefind cuts it out of the text a few words around the
 * matches, so an ellipsis says where it starts or stops partway through a sentence.
 */
export function asPassage(parts: ExcerptPart[]): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  if (text.trim() === '') return parts;
  const start = STARTS_MIDWAY.test(text) ? [{ text: '… ', match: false }] : [];
  const end = ENDS_A_SENTENCE.test(text) ? [] : [{ text: ' …', match: false }];
  return joinRuns([
    ...start,
    ...parts.map((part, index) =>
      index === parts.length - 1 && !part.match ? { ...part, text: part.text.trimEnd() } : part,
    ),
    ...end,
  ]);
}
