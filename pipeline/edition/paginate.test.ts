import { describe, expect, it } from 'vitest';
import { paginate } from './paginate.ts';
import type { ListingPosition } from '../../src/content-api/published.ts';

const pages = (count: number, size = 3) =>
  paginate(
    Array.from({ length: count }, (_, index) => count - index),
    size,
    (position: ListingPosition, items: number[]) => ({ ...position, items }),
  );

describe('paginate', () => {
  it('lists every story once, newest first, from the first page through older and older pages', () => {
    for (const count of [0, 1, 5, 6, 7, 8, 9, 20]) {
      const cut = pages(count);
      const byNumber = new Map(cut.map((page) => [page.page, page]));
      const read: number[] = [];
      for (let page = byNumber.get(1); page; page = page.older ? byNumber.get(page.older) : undefined)
        read.push(...page.items);
      expect(read, `${count} stories`).toEqual(Array.from({ length: count }, (_, index) => count - index));
    }
  });

  it('gives the first page from one to two pages less one, and every other page exactly one page', () => {
    expect(pages(0).map((page) => page.items.length)).toEqual([0]);
    expect(pages(5).map((page) => page.items.length)).toEqual([5]);
    expect(pages(6).map((page) => page.items.length)).toEqual([3, 3]);
    expect(pages(8).map((page) => page.items.length)).toEqual([5, 3]);
    expect(pages(9).map((page) => page.items.length)).toEqual([3, 3, 3]);
  });

  it('links each page to the newer and the older one, the oldest being page 2', () => {
    expect(pages(9).map(({ page, newer, older }) => ({ page, newer, older }))).toEqual([
      { page: 1, newer: undefined, older: 3 },
      { page: 2, newer: 3, older: undefined },
      { page: 3, newer: 1, older: 2 },
    ]);
  });

  it('leaves every page but the first, and the newest one behind it, as they were when a story is published', () => {
    for (let count = 1; count < 20; count += 1) {
      const before = pages(count);
      const after = pages(count + 1);
      const changed = after.filter((page) => JSON.stringify(page) !== JSON.stringify(before[page.page - 1]));
      const newest = Math.max(...before.map((page) => page.page));
      for (const page of changed) expect([1, newest, newest + 1], `${count} stories`).toContain(page.page);
    }
  });
});
