// The archive's order, oldest story first: what the search index's parts (output/searchParts.ts) and the
// sitemaps (sitemap.ts) are cut along, so that a new story, the newest, changes only their newest end. An undated
// story counts as the oldest, as the edition's order lists it last.

/** What places a story in the archive. */
export type Dated = { id: string; published?: string };

/** Oldest first: the reverse of the edition's order (newest date first, undated last, then by id). */
export const oldestFirst = (a: Dated, b: Dated): number =>
  (a.published ?? '').localeCompare(b.published ?? '') || b.id.localeCompare(a.id);
