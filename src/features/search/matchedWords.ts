// Pagefind answers a word it does not know with whatever shorter word it does ("Finnish" on a
// French page finds "fin", "UNHCR" finds "un"). Its marks in an excerpt say which words matched;
// a match is kept only when a marked word is a form of a word the reader typed.

/** Lower case, accents folded, letters and digits only: "L’Intérieur," → "linterieur". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The words a query is made of, folded. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map(fold)
    .filter((word) => word !== '');
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Whether `marked` (a word Pagefind marked) is a form of the typed `word`: it begins with the whole
 * word (a prefix typed, "régul"), or both share three quarters of the longer from the start, as
 * forms of one word do ("régularisations" / "régularisation", "ministres" / "ministre"), not a
 * mere beginning ("finnish" / "fin", "passeurs" / "passés", "combattants" / "combat"). A
 * conjugation with a longer ending ("examinait" / "examine") is lost: the price of the rule.
 */
function isFormOf(marked: string, word: string): boolean {
  const shared = commonPrefix(marked, word);
  return shared === word.length || (shared >= 4 && shared >= 0.75 * Math.max(marked.length, word.length));
}

/** The typed words that one of `marks` is a form of; an elided article is no part of the word ("l’Intérieur"). */
export function wordsMatched(marks: string[], words: string[]): Set<string> {
  const candidates = marks.flatMap((mark) => [fold(mark), fold(mark.split(/['’]/).at(-1) ?? '')]).filter((mark) => mark !== '');
  return new Set(words.filter((word) => candidates.some((mark) => isFormOf(mark, word))));
}
