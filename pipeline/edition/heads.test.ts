import { describe, expect, it } from 'vitest';
import type { HeadTag } from '../../src/shared/head.ts';
import { articleHead, describe as summarise, frontPageHead, topicPageHead } from './heads.ts';
import type { ArticleView } from '../../src/content-api/published.ts';

const ORIGIN = 'https://kiosque.example';

const article: Omit<ArticleView, 'head'> = {
  id: 'depeche',
  lang: 'en',
  contentLang: 'fr',
  originalLanguage: 'fr',
  kind: 'dispatch',
  slug: 'depeche',
  headline: 'Une dépêche',
  credit: 'Presse marocaine',
  readingMinutes: 1,
  blocks: [{ type: 'paragraph', id: 'p1', text: 'Premier paragraphe.' }],
  related: [],
  topics: [{ id: 'morocco', slug: 'morocco', name: 'Morocco' }],
  slugs: { fr: 'depeche', en: 'depeche' },
  available: ['fr'],
};

const links = (tags: HeadTag[], rel: string) => tags.filter((tag) => tag.tag === 'link' && tag.attributes.rel === rel);
const content = (tags: HeadTag[], key: string) =>
  tags.flatMap((tag) =>
    tag.tag === 'meta' && Object.values(tag.attributes).includes(key) ? [tag.attributes.content] : [],
  );

describe('articleHead', () => {
  it('points a page showing the original in another language at the original, and lists only real versions', () => {
    const head = articleHead(article, ORIGIN);
    expect(head.title).toBe('Une dépêche — Kiosque');
    expect(links(head.tags, 'canonical')).toEqual([
      { tag: 'link', attributes: { rel: 'canonical', href: `${ORIGIN}/fr/articles/depeche` } },
    ]);
    const languageAlternates = links(head.tags, 'alternate').filter(
      (tag) => tag.tag === 'link' && tag.attributes.hreflang,
    );
    expect(languageAlternates.map((tag) => tag.tag === 'link' && tag.attributes.hreflang)).toEqual(['fr', 'x-default']);
    expect(content(head.tags, 'og:locale')).toEqual(['fr_FR']);
    expect(content(head.tags, 'og:locale:alternate')).toEqual([]);
  });

  it('invents no date and no author', () => {
    const data = articleHead(article, ORIGIN).tags.find((tag) => tag.tag === 'json-ld');
    const json = data?.tag === 'json-ld' ? data.json : undefined;
    expect(json).toMatchObject({ '@type': 'NewsArticle', headline: 'Une dépêche', inLanguage: 'fr' });
    expect(json).not.toHaveProperty('datePublished');
    expect(json).not.toHaveProperty('author');
    const dated = articleHead({ ...article, published: '2019-03-04' }, ORIGIN).tags.find(
      (tag) => tag.tag === 'json-ld',
    );
    expect(dated?.tag === 'json-ld' && dated.json).toMatchObject({ datePublished: '2019-03-04' });
  });

  it('names its topics as what it is about, each with its page in the page’s language', () => {
    const data = articleHead(article, ORIGIN).tags.find((tag) => tag.tag === 'json-ld');
    expect(data?.tag === 'json-ld' && data.json).toMatchObject({
      about: [{ '@type': 'Thing', name: 'Morocco', url: `${ORIGIN}/en/topics/morocco` }],
    });
  });

  it('announces the feed of the page’s language, whatever the language of the text it shows', () => {
    const feeds = links(articleHead(article, ORIGIN).tags, 'alternate').filter(
      (tag) => tag.tag === 'link' && tag.attributes.type === 'application/rss+xml',
    );
    expect(feeds).toEqual([
      {
        tag: 'link',
        attributes: {
          rel: 'alternate',
          type: 'application/rss+xml',
          title: 'Kiosque — Top stories',
          href: `${ORIGIN}/en/feed.xml`,
        },
      },
    ]);
  });

  it('is never kept out of search results by itself', () => {
    expect(content(articleHead(article, ORIGIN).tags, 'robots')).toEqual([]);
  });
});

describe('frontPageHead', () => {
  it('titles a later page with its number, in the page’s language', () => {
    expect(frontPageHead({ lang: 'fr', page: 1 }, ORIGIN).title).toBe('À la une — Kiosque');
    expect(frontPageHead({ lang: 'en', page: 2 }, ORIGIN).title).toBe('Top stories, Page 2 — Kiosque');
    expect(links(frontPageHead({ lang: 'en', page: 2 }, ORIGIN).tags, 'canonical')).toEqual([
      { tag: 'link', attributes: { rel: 'canonical', href: `${ORIGIN}/en/?page=2` } },
    ]);
  });
});

describe('topicPageHead', () => {
  const view = {
    lang: 'en',
    topic: { id: 'morocco', slug: 'morocco', name: 'Morocco' },
    slugs: { fr: 'maroc', en: 'morocco' },
    page: 1,
  } as const;

  it('titles the page with the topic, links its version in each language and describes it', () => {
    const head = topicPageHead(view, ORIGIN);
    expect(head.title).toBe('Morocco — Kiosque');
    expect(links(head.tags, 'canonical')).toEqual([
      { tag: 'link', attributes: { rel: 'canonical', href: `${ORIGIN}/en/topics/morocco` } },
    ]);
    const hreflang = links(head.tags, 'alternate').flatMap((tag) =>
      tag.tag === 'link' && tag.attributes.hreflang ? [`${tag.attributes.hreflang} ${tag.attributes.href}`] : [],
    );
    expect(hreflang).toEqual([
      `fr ${ORIGIN}/fr/topics/maroc`,
      `en ${ORIGIN}/en/topics/morocco`,
      `x-default ${ORIGIN}/fr/topics/maroc`,
    ]);
    expect(content(head.tags, 'description')[0]).toContain('Morocco');
  });

  it('numbers a later page in its title and address', () => {
    const head = topicPageHead({ ...view, page: 2 }, ORIGIN);
    expect(head.title).toBe('Morocco, Page 2 — Kiosque');
    expect(links(head.tags, 'canonical')).toEqual([
      { tag: 'link', attributes: { rel: 'canonical', href: `${ORIGIN}/en/topics/morocco?page=2` } },
    ]);
  });
});

describe('describe', () => {
  it('cuts long text at a word, about 160 characters', () => {
    const text = 'mot '.repeat(60).trim();
    const short = summarise(text);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short.endsWith('mot…')).toBe(true);
    expect(summarise('Court.')).toBe('Court.');
  });
});
