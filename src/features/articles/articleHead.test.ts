import { describe, expect, it } from 'vitest';
import type { ArticleView } from '../../content/published.ts';
import type { HeadTag } from '../../ui/head.ts';
import { articleHead } from './articleHead.ts';

const article: ArticleView = {
  id: 'depeche',
  lang: 'en',
  contentLang: 'fr',
  originalLanguage: 'fr',
  kind: 'dispatch',
  slug: 'depeche',
  headline: 'Une dépêche',
  credit: 'Presse marocaine',
  blocks: [{ type: 'paragraph', id: 'p1', text: 'Premier paragraphe.' }],
  related: [],
  alternates: { fr: 'depeche', en: 'depeche' },
  available: ['fr'],
};

const find = (tags: HeadTag[], predicate: (tag: HeadTag) => boolean) => tags.filter(predicate);
const links = (tags: HeadTag[], rel: string) => find(tags, (tag) => tag.tag === 'link' && tag.attributes.rel === rel);

describe('articleHead', () => {
  it('points a page showing the original in another language at the original, and lists only real versions', () => {
    const head = articleHead(article, { sideBySide: false });
    expect(head.title).toBe('Une dépêche — Kiosque');
    expect(links(head.tags, 'canonical')).toEqual([{ tag: 'link', attributes: { rel: 'canonical', href: 'http://localhost:4173/fr/articles/depeche' } }]);
    expect(links(head.tags, 'alternate').map((tag) => tag.tag === 'link' && tag.attributes.hreflang)).toEqual(['fr', 'x-default']);
  });

  it('invents no date and no author', () => {
    const head = articleHead(article, { sideBySide: false });
    const data = find(head.tags, (tag) => tag.tag === 'json-ld')[0];
    expect(data).toBeDefined();
    const json = data?.tag === 'json-ld' ? data.json : {};
    expect(json).not.toHaveProperty('datePublished');
    expect(json).not.toHaveProperty('author');
    const dated = articleHead({ ...article, published: '2019-03-04' }, { sideBySide: false }).tags.find((tag) => tag.tag === 'json-ld');
    expect(dated?.tag === 'json-ld' && dated.json).toMatchObject({ datePublished: '2019-03-04' });
  });

  it('keeps the two-language view out of search results', () => {
    const robots = (sideBySide: boolean) => find(articleHead(article, { sideBySide }).tags, (tag) => tag.tag === 'meta' && 'name' in tag.attributes && tag.attributes.name === 'robots');
    expect(robots(true)).toHaveLength(1);
    expect(robots(false)).toHaveLength(0);
  });
});
