import { plainWords } from './words.ts';

const MAX_LENGTH = 64;

/**
 * A URL slug from a headline: ASCII, lowercase, stop words dropped, cut at a word boundary to 64 characters at most.
 */
export function slugify(headline: string): string {
  const words = plainWords(headline);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, MAX_LENGTH);
}
