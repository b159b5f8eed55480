// Words as the build compares them (slugs, related stories): accents folded, lowercase ASCII, and
// the French and English words that carry no meaning on their own dropped.

const STOP_WORDS = new Set([
  'a', 'au', 'aux', 'avec', 'ce', 'ces', 'd', 'dans', 'de', 'des', 'du', 'en', 'entre', 'et', 'l', 'la', 'le',
  'les', 'par', 'pour', 'sa', 'se', 'ses', 'son', 'sur', 'un', 'une',
  'an', 'and', 'at', 'by', 'for', 'from', 'his', 'her', 'in', 'its', 'of', 'on', 'the', 'their', 'to', 'with',
]);

export function plainWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word));
}
