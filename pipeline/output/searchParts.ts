import { createHash } from 'node:crypto';
import type { CustomRecord } from 'pagefind';
import { oldestFirst } from '../edition/archiveOrder.ts';

// The search index of a language is cut into parts by the stories' age, so that a publish rebuilds
// only the part its new story joins, and a search can answer from the newest stories first.
//
// Parts are cut from the oldest story on: every LARGE_PART stories make a large part, what is left
// makes small parts of SMALL_PART, and the newest stories left over make the last part. A new story
// (the newest) changes only the last part; when the last part fills, it becomes a small part as it
// is; when eight small parts fill, they are built again as one large part (once every 4,096
// stories). A story changed or withdrawn deep in the archive rebuilds its part and, for a
// withdrawal, the parts after it, whose boundaries move.

export const LARGE_PART = 4096;
export const SMALL_PART = 512;

/**
 * The sizes parts are cut to: a build can ask for smaller ones (KIOSQUE_SEARCH_PARTS), so that a small edition has
 * several.
 */
export type PartSizes = { large: number; small: number };
const PART_SIZES: PartSizes = { large: LARGE_PART, small: SMALL_PART };

/** `KIOSQUE_SEARCH_PARTS=large,small` ("16,4"): the sizes it asks for, or the usual ones when unset. */
export function partSizesFrom(setting: string | undefined): PartSizes {
  if (setting === undefined || setting === '') return PART_SIZES;
  const [large = 0, small = 0] = setting.split(',').map(Number);
  if (!Number.isInteger(large) || !Number.isInteger(small) || small < 1 || large < small || large % small !== 0)
    throw new Error(
      `KIOSQUE_SEARCH_PARTS: expected "large,small", two whole numbers, large a multiple of small; got "${setting}"`,
    );
  return { large, small };
}

/**
 * A story in one language's index: what orders it in the archive, a digest of what its record is made from (parts are
 * named from these), and its record, made when asked for (only for the parts a build writes).
 */
export type StoryRecord = { id: string; published?: string; source: string; record: () => CustomRecord };

export type SearchPart = {
  /**
   * The part's first story, counted from the oldest: the same part in both languages holds the same stories. The
   * browser files the part's records under it as it merges the part, and a search filters by it.
   */
  filter: string;
  /**
   * A digest of what the part holds: its folder under the language's bundle, so that a part's address always serves the
   * same bytes.
   */
  name: string;
  /** Newest first: Pagefind keeps the order of records whose scores tie. */
  stories: StoryRecord[];
};

/** How many stories each part holds, oldest part first. */
export function partSizes(total: number, sizes = PART_SIZES): number[] {
  const large = Math.floor(total / sizes.large);
  const small = Math.floor((total - large * sizes.large) / sizes.small);
  const last = total - large * sizes.large - small * sizes.small;
  return [
    ...Array<number>(large).fill(sizes.large),
    ...Array<number>(small).fill(sizes.small),
    ...(last > 0 ? [last] : []),
  ];
}

/** A digest of what a part holds: its stories' sources, and what makes their records and its files (`recipe`). */
function partDigest(filter: string, stories: StoryRecord[], recipe: string): string {
  const hash = createHash('sha256').update(recipe).update('\0').update(filter);
  for (const story of stories) hash.update('\n').update(story.source);
  return hash.digest('hex').slice(0, 12);
}

/**
 * The parts of one language's index, newest part first. A part is named by a digest of its stories' sources and of
 * `recipe`: what makes their records and its files from them (the caller's code, language and engine), so that a
 * part's address never serves other bytes.
 */
export function searchParts(stories: StoryRecord[], sizes = PART_SIZES, recipe = ''): SearchPart[] {
  const ordered = [...stories].sort(oldestFirst);
  const parts: SearchPart[] = [];
  let start = 0;
  for (const size of partSizes(ordered.length, sizes)) {
    const filter = String(start);
    const stories = ordered.slice(start, start + size).reverse();
    parts.push({ filter, name: partDigest(filter, stories, recipe), stories });
    start += size;
  }
  return parts.reverse();
}
