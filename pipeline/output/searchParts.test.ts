import { describe, expect, it } from 'vitest';
import {
  LARGE_PART,
  partSizes,
  partSizesFrom,
  searchParts,
  SMALL_PART,
  type SearchPart,
  type StoryRecord,
} from './searchParts.ts';

const story = (n: number, published?: string): StoryRecord => ({
  id: `story-${String(n).padStart(5, '0')}`,
  published,
  source: `digest of story ${n}`,
  record: () => ({ url: `/fr/articles/story-${n}`, content: `Story ${n}`, language: 'fr' }),
});

const urls = (part: SearchPart | undefined) => part?.stories.map((story) => story.record().url) ?? [];

/** `count` stories, one a day from 2020-01-01 on, the last the newest. */
const archive = (count: number) =>
  Array.from({ length: count }, (_, n) =>
    story(n, new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
  );

const partOf = (parts: ReturnType<typeof searchParts>, url: string) => parts.find((part) => urls(part).includes(url));

describe('the search index parts', () => {
  it('are large parts, then small ones, then the newest stories left over, and hold every story once', () => {
    expect(partSizes(0)).toEqual([]);
    expect(partSizes(4)).toEqual([4]);
    expect(partSizes(SMALL_PART)).toEqual([SMALL_PART]);
    expect(partSizes(10_000)).toEqual([LARGE_PART, LARGE_PART, SMALL_PART, SMALL_PART, SMALL_PART, 272]);
    expect(partSizes(50_000).length).toBeLessThanOrEqual(50_000 / LARGE_PART + LARGE_PART / SMALL_PART);
    for (const total of [1, 511, 512, 4097, 10_000])
      expect(partSizes(total).reduce((sum, size) => sum + size, 0)).toBe(total);
  });

  it('list the newest part first, and each part its newest story first', () => {
    const parts = searchParts(archive(600));
    expect(parts.map((part) => part.stories.length)).toEqual([88, SMALL_PART]);
    expect(urls(parts[0])[0]).toBe('/fr/articles/story-599');
    expect(urls(parts[1]).at(-1)).toBe('/fr/articles/story-0');
  });

  it('are named by what they hold, and filtered alike whatever the language', () => {
    const parts = searchParts(archive(600));
    expect(new Set(parts.map((part) => part.name)).size).toBe(parts.length);
    expect(searchParts(archive(600)).map((part) => part.name)).toEqual(parts.map((part) => part.name));
    const english = searchParts(archive(600), undefined, 'en');
    expect(english.map((part) => part.filter)).toEqual(parts.map((part) => part.filter));
    expect(english.map((part) => part.name).filter((name) => parts.some((part) => part.name === name))).toEqual([]);
  });

  it('are named from their stories’ sources, without making a record: a story changed renames its part alone', () => {
    const unmade = archive(600).map((entry) => ({
      ...entry,
      record: () => {
        throw new Error('a record was made');
      },
    }));
    const parts = searchParts(unmade);
    const changed = searchParts(unmade.map((entry, at) => (at === 3 ? { ...entry, source: 'changed' } : entry)));
    expect(changed.map((part) => part.name === parts[changed.indexOf(part)]?.name)).toEqual([true, false]);
  });

  it('are named anew when what makes their files changes, though they hold the same stories', () => {
    const names = (recipe: string) => searchParts(archive(600), undefined, recipe).map((part) => part.name);
    expect(names('rules v1')).toEqual(names('rules v1'));
    expect(names('rules v2').filter((name) => names('rules v1').includes(name))).toEqual([]);
  });

  it('a new story changes the last part alone, and a full last part becomes a small part as it is', () => {
    const before = searchParts(archive(1000));
    const after = searchParts(archive(1001));
    expect(after.slice(1).map((part) => part.name)).toEqual(before.slice(1).map((part) => part.name));
    expect(after[0]?.name).not.toBe(before[0]?.name);
    const full = searchParts(archive(1024));
    const next = searchParts(archive(1025));
    expect(next.slice(1).map((part) => part.name)).toEqual(full.map((part) => part.name));
  });

  it('put an undated story with the oldest, and a story of today with the newest', () => {
    const parts = searchParts([...archive(600), story(99_999), story(70_000, '2030-01-01')]);
    expect(partOf(parts, '/fr/articles/story-99999')).toBe(parts.at(-1));
    expect(urls(parts[0])[0]).toBe('/fr/articles/story-70000');
  });

  it('cuts parts to the sizes a build asks for, and refuses sizes that cannot nest', () => {
    expect(partSizesFrom(undefined)).toEqual({ large: LARGE_PART, small: SMALL_PART });
    expect(partSizes(45, partSizesFrom('16,4'))).toEqual([16, 16, 4, 4, 4, 1]);
    expect(searchParts(archive(45), partSizesFrom('16,4')).map((part) => part.stories.length)).toEqual([
      1, 4, 4, 4, 16, 16,
    ]);
    for (const wrong of ['16', '16,5', '4,16', 'a,b', '0,0'])
      expect(() => partSizesFrom(wrong), wrong).toThrow(/KIOSQUE_SEARCH_PARTS/);
  });
});
