import type { CustomRecord } from 'pagefind';
import { spelledOut } from '../../src/content-api/search.ts';

// The other forms of a story's words that its search record carries, for the words Pagefind reads otherwise than
// readers type them (searchIndex.ts).

/** A word's letters, digits and the apostrophes inside it ("d’aujourd’hui"), without the punctuation around it. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * The words of `text` as a reader may type them where Pagefind reads them otherwise, each once
 * (SearchMeta's `variants`): Pagefind reads a word with an apostrophe in it as one word, so each
 * part after an apostrophe is given too ("Intérieur" of "l’Intérieur", "aujourd’hui" of
 * "d’aujourd’hui", "île" of "presqu’île"), two letters at least (not the "s" of "Morocco’s"); and
 * a word with a ligature is given spelled out ("coeur" of "cœur"), as readers type it.
 */
export function searchVariants(text: string): string {
  const variants = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const parts = word.split(/['’]/);
    const joined = parts.flatMap((part, index) =>
      index > 0 && [...part].length >= 2 ? [parts.slice(index).join('’')] : [],
    );
    for (const variant of joined) variants.add(variant);
    for (const piece of parts.length > 1 ? joined : [word]) if (LIGATURE.test(piece)) variants.add(spelledOut(piece));
  }
  return [...variants].join(' ');
}

const LIGATURE = /[œæŒÆ]/u;

/** `record` with the variants of its words (searchVariants), as the index holds it. */
export function withVariants(record: CustomRecord): CustomRecord {
  const variants = searchVariants(record.content);
  return variants ? { ...record, meta: { ...record.meta, variants } } : record;
}
