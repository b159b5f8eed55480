/** Reads a listing's `?page=N`: 1 when absent, undefined when malformed (0, 01, 1.5, a word, too large). */
export function readPageNumber(search: URLSearchParams): number | undefined {
  const raw = search.get('page');
  if (raw === null) return 1;
  return /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : undefined;
}
