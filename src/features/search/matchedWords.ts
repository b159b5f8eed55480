import { spelledOut } from '../../content-api/search.ts';

// Pagefind answers a word it does not know with whatever shorter word it does ("Finnish" on a
// French page finds "fin", "UNHCR" finds "un"). Its marks in an excerpt say which words matched;
// a match is kept only when a marked word is a form of a word the reader typed.

/** Lower case, accents folded, letters and digits only: "L’Intérieur," → "linterieur". */
const fold = (text: string) =>
  spelledOut(text)
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

/**
 * The typed words that one of `marks` is a form of: a mark is the whole token Pagefind matched, so an
 * elided article is no part of its word ("l’Intérieur"), and each part of a compound is a word of
 * its own ("al-Azhar", "sub-Saharan").
 */
export function wordsMatched(marks: string[], words: string[]): Set<string> {
  const candidates = marks
    .flatMap((mark) => [fold(mark), ...mark.split(/['’\-‐–]/).map(fold)])
    .filter((mark) => mark !== '');
  return new Set(words.filter((word) => candidates.some((mark) => isFormOf(mark, word))));
}

/** How many words an excerpt of the story's own text holds, as Pagefind's do. */
const EXCERPT_WORDS = 24;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );

/**
 * An excerpt of `content` (a record's whole text), as Pagefind writes one (escaped text, `<mark>`
 * around the words that matched), around the first word of it that is a form of one of `around`,
 * every form of `words` marked; undefined when the text has none. Pagefind cuts its excerpt where
 * most of a word's forms are: a story that says "finlandais" twice and "Finlande" once gets an
 * excerpt that does not show the word the reader typed.
 */
export function excerptShowing(content: string, words: string[], around: string[] = words): string | undefined {
  const tokens = content.split(/\s+/).filter(Boolean);
  const matches = tokens.map((token) => wordsMatched([token], words).size > 0);
  const first = tokens.findIndex((token) => wordsMatched([token], around).size > 0);
  if (first === -1) return undefined;
  const start = Math.max(0, Math.min(first - Math.floor(EXCERPT_WORDS / 3), tokens.length - EXCERPT_WORDS));
  return tokens
    .slice(start, start + EXCERPT_WORDS)
    .map((token, index) => (matches[start + index] ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token)))
    .join(' ');
}
