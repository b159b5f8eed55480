import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../../src/content-api/published.ts';
import { manifestFromContent } from './manifestFromContent.ts';
import { editionFeed, FEED_SIZE, feedFile } from './feeds.ts';
import { FROZEN_EDITION } from '../testing/fixture.ts';

const ORIGIN = 'https://kiosque.example';
const files = manifestFromContent(FROZEN_EDITION, ORIGIN).files;
const feedOf = (lang: 'fr' | 'en') => files.get(feedFile(lang))?.() ?? '';
const languagesOf = (xml: string) =>
  [...xml.matchAll(/<dc:language xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/">([a-z]+)</g)].map(
    (match) => match[1],
  );

describe('the feeds', () => {
  it('list the edition in front-page order, each story at its address in the feed’s language', () => {
    const feed = parseFeed(feedOf('en'));
    expect(feed.language).toBe('en');
    expect(feed.url).toBe(`${ORIGIN}/en/`);
    expect(feed.items.map((item) => item.url)).toEqual(
      [
        '/en/articles/alpha-dispatch',
        '/en/articles/gamma-background',
        '/en/articles/beta-background',
        '/en/articles/depeche-delta',
      ].map((path) => `${ORIGIN}${path}`),
    );
    expect(feed.items[0]?.title).toBe('Alpha test dispatch');
    expect(feed.items.every((item) => (item.description ?? '').length > 0)).toBe(true);
  });

  it('carry a story with no version in the language in its original, marked with its language', () => {
    const xml = feedOf('en');
    const delta = parseFeed(xml).items[3];
    expect(delta?.categories.map((category) => category.label)).toEqual(['In French']);
    expect(languagesOf(xml)).toEqual(['en', 'en', 'en', 'fr']);
    expect(parseFeed(feedOf('fr')).items.every((item) => item.categories.length === 0)).toBe(true);
    expect(languagesOf(feedOf('fr'))).toEqual(['fr', 'fr', 'fr', 'fr']);
  });

  it('state a date only where the content gives one', () => {
    const items = parseFeed(feedOf('fr')).items;
    expect(
      items
        .find((item) => item.url?.endsWith('/contexte-gamma'))
        ?.published?.toISOString()
        .slice(0, 10),
    ).toBe('2020-01-03');
    expect(items.find((item) => item.url?.endsWith('/depeche-alpha'))?.published).toBeNull();
  });

  it(`list the latest ${FEED_SIZE} stories and no more`, () => {
    const stories: StorySummary[] = Array.from({ length: FEED_SIZE + 10 }, (_, index) => ({
      id: `story-${index}`,
      slug: `story-${index}`,
      headline: `Story ${index}`,
      kind: 'dispatch',
      contentLang: 'fr',
      summary: 'A summary.',
    }));
    const items = parseFeed(editionFeed('fr', stories, [], ORIGIN)).items;
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]?.title).toBe('Story 0');
  });
});
