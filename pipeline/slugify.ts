// Words that carry no meaning in a URL, dropped so that slugs stay short and readable.
const STOP_WORDS = new Set([
  'a', 'au', 'aux', 'avec', 'ce', 'ces', 'd', 'dans', 'de', 'des', 'du', 'en', 'entre', 'et', 'l', 'la', 'le',
  'les', 'par', 'pour', 'sa', 'se', 'ses', 'son', 'sur', 'un', 'une',
  'an', 'and', 'at', 'by', 'for', 'from', 'his', 'her', 'in', 'its', 'of', 'on', 'the', 'their', 'to', 'with',
]);

const MAX_LENGTH = 64;

/** A URL slug from a headline: ASCII, lowercase, stop words dropped, cut at a word boundary to 64 characters at most. */
export function slugify(headline: string): string {
  const words = headline
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word));
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, MAX_LENGTH);
}
