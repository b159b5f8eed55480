// Words as the build compares them (slugs, related stories): accents folded, lowercase ASCII, and
// the French and English words that carry no meaning on their own dropped.

const STOP_WORDS = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'entre',
  'et',
  'l',
  'la',
  'le',
  'les',
  'par',
  'pour',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'un',
  'une',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'his',
  'her',
  'in',
  'its',
  'of',
  'on',
  'the',
  'their',
  'to',
  'with',
]);

/** A text folded whole into plain words (folding can split a word: "Straße" gives "stra", "e"). */
export function foldText(run: string): string[] {
  return run
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word));
}

// A large edition's text is a few tens of thousands of distinct runs said millions of times: each is
// folded once. Bounded, since a dev server lives long.
const folded = new Map<string, string[]>();
const MAX_FOLDED = 200_000;

function foldedRun(run: string): string[] {
  let words = folded.get(run);
  if (!words) {
    if (folded.size >= MAX_FOLDED) folded.clear();
    words = foldText(run);
    folded.set(run, words);
  }
  return words;
}

// What separates runs is never folded into a letter or a digit, so folding run by run gives what
// folding the whole text would.
export const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

export function plainWords(text: string): string[] {
  const words: string[] = [];
  for (const run of text.split(SEPARATORS)) if (run) for (const word of foldedRun(run)) words.push(word);
  return words;
}
