import type { ListingPosition } from '../../src/content-api/published.ts';

// A listing is cut into pages from its oldest end: every page but the first holds exactly `pageSize` stories, and keeps
// them as stories are published, so that a publish writes the first page again and not every page of the archive
// (at 8,000 stories, 2,819 files at each publish when pages were cut from the newest end). The first page holds the
// newest stories left over: from `pageSize` to twice that less one, or the whole listing when it is shorter. Later
// pages are numbered from the oldest, page 2 the oldest, so that a page keeps its number as the archive grows.

/**
 * What only a listing's first page shows: the row of topics, ordered by how many stories each has, changes with
 * publishes that leave the archive's pages alone.
 */
export const onFirstPage = <T>(page: number, value: T[]): T[] => (page === 1 ? value : []);

/** How many pages of exactly `pageSize` stories a listing of `count` has behind its first page. */
const archivePages = (count: number, pageSize: number) => Math.max(0, Math.floor(count / pageSize) - 1);

/** Cuts a listing, newest first, into its pages; an empty listing still has one (empty) page. */
export function paginate<T, P>(
  items: T[],
  pageSize: number,
  makePage: (position: ListingPosition, items: T[]) => P,
): P[] {
  const archived = archivePages(items.length, pageSize);
  const firstSize = items.length - archived * pageSize;
  const newest = archived + 1;
  const first = makePage({ page: 1, ...(archived > 0 ? { older: newest } : {}) }, items.slice(0, firstSize));
  const archive = Array.from({ length: archived }, (_, index) => {
    const page = index + 2;
    const end = items.length - index * pageSize;
    const position = { page, newer: page === newest ? 1 : page + 1, ...(page > 2 ? { older: page - 1 } : {}) };
    return makePage(position, items.slice(end - pageSize, end));
  });
  return [first, ...archive];
}
