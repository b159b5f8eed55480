import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load.ts';
import { articleResourcePath, frontPageResourcePath, topicResourcePath } from '../../src/content-api/paths.ts';
import { editionViews, publishedFiles } from './views.ts';
import type { ArticleResource, FrontPageView, TopicResource } from '../../src/content-api/published.ts';
import { copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';

// The machinery, on the frozen test edition: a translated lead dispatch (depeche-alpha), two dated
// background pieces (contexte-beta, 2020-01-02; contexte-gamma, 2020-01-03) and a French-only
// dispatch (depeche-delta).

function publish(root = FROZEN_EDITION, pageSize?: number) {
  const content = loadContent(root);
  if (!content.edition) throw new Error('no edition');
  return publishedFiles(
    editionViews(
      { articles: content.articles, edition: content.edition, topics: content.topics },
      { origin: 'https://kiosque.example', pageSize },
    ),
  );
}

function article(files: ReturnType<typeof publish>, path: string) {
  const resource = files.get(path)?.() as ArticleResource | undefined;
  if (resource?.type !== 'article') throw new Error(`${path} is not an article`);
  return resource.article;
}

const front = (files: ReturnType<typeof publish>, lang: 'fr' | 'en', page = 1) =>
  files.get(frontPageResourcePath(lang, page))?.() as FrontPageView;

describe('editionViews', () => {
  const files = publish();

  it('publishes each story under its own slug in each language', () => {
    const fr = article(files, articleResourcePath('fr', 'depeche-alpha'));
    const en = article(files, articleResourcePath('en', 'alpha-dispatch'));
    expect(fr).toMatchObject({
      id: 'depeche-alpha',
      lang: 'fr',
      contentLang: 'fr',
      originalLanguage: 'fr',
      kind: 'dispatch',
      dateline: 'Rabat',
    });
    expect(en).toMatchObject({
      id: 'depeche-alpha',
      lang: 'en',
      contentLang: 'en',
      slug: 'alpha-dispatch',
      headline: 'Alpha test dispatch',
    });
    expect(fr.slugs).toEqual({ fr: 'depeche-alpha', en: 'alpha-dispatch' });
    expect(en.slugs).toEqual(fr.slugs);
    expect(fr).not.toHaveProperty('published');
    expect(article(files, articleResourcePath('fr', 'contexte-beta')).published).toBe('2020-01-02');
  });

  it('makes the other language’s slug a redirect to this language’s', () => {
    expect(files.get(articleResourcePath('en', 'depeche-alpha'))?.()).toEqual({
      type: 'redirect',
      slug: 'alpha-dispatch',
    });
    expect(files.get(articleResourcePath('fr', 'alpha-dispatch'))?.()).toEqual({
      type: 'redirect',
      slug: 'depeche-alpha',
    });
  });

  it('publishes exactly the articles and redirects the edition calls for', () => {
    const kinds = [...files.entries()]
      .filter(([path]) => path.includes('/articles/'))
      .map(([path, resource]) => `${path} ${(resource() as ArticleResource).type}`);
    expect(kinds.sort()).toEqual(
      [
        'content/fr/articles/depeche-alpha.json article',
        'content/fr/articles/alpha-dispatch.json redirect',
        'content/fr/articles/contexte-beta.json article',
        'content/fr/articles/beta-background.json redirect',
        'content/fr/articles/contexte-gamma.json article',
        'content/fr/articles/gamma-background.json redirect',
        'content/fr/articles/depeche-delta.json article',
        'content/en/articles/alpha-dispatch.json article',
        'content/en/articles/depeche-alpha.json redirect',
        'content/en/articles/beta-background.json article',
        'content/en/articles/contexte-beta.json redirect',
        'content/en/articles/gamma-background.json article',
        'content/en/articles/contexte-gamma.json redirect',
        'content/en/articles/depeche-delta.json article',
      ].sort(),
    );
  });

  it('resolves read-also and related stories to the language’s slugs and headlines', () => {
    const en = article(files, articleResourcePath('en', 'alpha-dispatch'));
    expect(en.blocks.find((block) => block.type === 'readAlso')).toMatchObject({
      id: 'r1',
      text: 'Beta test background',
      story: { id: 'contexte-beta', slug: 'beta-background', contentLang: 'en', kind: 'explainer' },
    });
    expect(en.related.map((story) => [story.id, story.slug, story.headline])).toEqual([
      ['contexte-beta', 'beta-background', 'Beta test background'],
      ['contexte-gamma', 'gamma-background', 'Gamma test background'],
      // The editor chose two; the third shares the security topic (a French-only story, at its French slug).
      ['depeche-delta', 'depeche-delta', 'Dépêche d’essai delta'],
    ]);
  });

  it('keeps block ids identical across languages', () => {
    const ids = (lang: 'fr' | 'en', slug: string) =>
      article(files, articleResourcePath(lang, slug)).blocks.map((block) => block.id);
    expect(ids('en', 'alpha-dispatch')).toEqual(ids('fr', 'depeche-alpha'));
  });

  it('orders the front page: the lead, then dated stories newest first, then the rest by id', () => {
    expect(front(files, 'fr').stories.map((story) => story.id)).toEqual([
      'depeche-alpha',
      'contexte-gamma',
      'contexte-beta',
      'depeche-delta',
    ]);
    expect(front(files, 'en').stories.map((story) => story.id)).toEqual([
      'depeche-alpha',
      'contexte-gamma',
      'contexte-beta',
      'depeche-delta',
    ]);
  });

  it('follows the lead an editor names', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit('edition.json', (json) => {
      json.lead = 'depeche-delta';
    });
    expect(front(publish(content.root), 'fr').stories.map((story) => story.id)).toEqual([
      'depeche-delta',
      'contexte-gamma',
      'contexte-beta',
      'depeche-alpha',
    ]);
  });

  it('summarises a story by its standfirst, else by its opening paragraph', () => {
    const summaries = Object.fromEntries(front(files, 'en').stories.map((story) => [story.id, story.summary]));
    expect(summaries['contexte-beta']).toBe('The standfirst of the beta background.');
    expect(summaries['depeche-alpha']).toBe('First paragraph of the alpha dispatch.');
  });

  it('paginates the front page from its oldest end, the first page holding the newest stories', () => {
    const paged = publish(FROZEN_EDITION, 2);
    expect(front(paged, 'fr')).toMatchObject({ page: 1, older: 2 });
    expect(front(paged, 'fr').stories).toHaveLength(2);
    expect(front(paged, 'en', 2)).toMatchObject({ page: 2, newer: 1 });
    expect(front(paged, 'en', 2).older).toBeUndefined();
    expect(front(paged, 'en', 2).stories.at(-1)).toMatchObject({ id: 'depeche-delta' });
    expect(front(paged, 'fr').sections.length).toBeGreaterThan(0);
    expect(front(paged, 'fr', 2).sections).toEqual([]);
    expect(paged.has(frontPageResourcePath('en', 3))).toBe(false);
    expect(front(files, 'fr')).not.toHaveProperty('older');
    expect(front(files, 'fr')).not.toHaveProperty('newer');
  });

  it('serves a story without a translation in its original language under the original slug', () => {
    const shown = article(files, articleResourcePath('en', 'depeche-delta'));
    expect(shown).toMatchObject({ lang: 'en', contentLang: 'fr', headline: 'Dépêche d’essai delta' });
    expect(shown.slugs).toEqual({ fr: 'depeche-delta', en: 'depeche-delta' });
    expect(shown.available).toEqual(['fr']);
    expect(front(files, 'en').stories.find((story) => story.id === 'depeche-delta')).toMatchObject({
      contentLang: 'fr',
      headline: 'Dépêche d’essai delta',
    });
    expect(article(files, articleResourcePath('en', 'alpha-dispatch')).available).toEqual(['fr', 'en']);
  });

  it('links each story to its topics, named and addressed in the page’s language', () => {
    expect(article(files, articleResourcePath('en', 'beta-background')).topics).toEqual([
      { id: 'security', slug: 'security', name: 'Security' },
      { id: 'culture', slug: 'culture', name: 'Culture' },
    ]);
    expect(article(files, articleResourcePath('fr', 'depeche-alpha')).topics).toEqual([
      { id: 'security', slug: 'securite', name: 'Sécurité' },
    ]);
  });
});

describe('topic pages', () => {
  const files = publish();
  const topicPage = (source: typeof files, lang: 'fr' | 'en', slug: string, page = 1) => {
    const resource = source.get(topicResourcePath(lang, slug, page))?.() as TopicResource | undefined;
    if (resource?.type !== 'topic') throw new Error(`${lang}/${slug}/${page} is not a topic page`);
    return resource.view;
  };

  it('lists the stories filed under a topic, in the edition’s order, as the front page shows them', () => {
    expect(topicPage(files, 'fr', 'securite').stories.map((story) => story.id)).toEqual([
      'depeche-alpha',
      'contexte-beta',
      'depeche-delta',
    ]);
    const english = topicPage(files, 'en', 'security');
    expect(english).toMatchObject({
      topic: { id: 'security', name: 'Security' },
      slugs: { fr: 'securite', en: 'security' },
      page: 1,
    });
    expect(english).not.toHaveProperty('older');
    expect(english.stories.find((story) => story.id === 'depeche-delta')).toMatchObject({ contentLang: 'fr' });
    expect(topicPage(files, 'en', 'culture').stories.map((story) => story.id)).toEqual([
      'contexte-gamma',
      'contexte-beta',
    ]);
  });

  it('makes a topic’s other-language slug a redirect, and only where the slugs differ', () => {
    expect(files.get(topicResourcePath('en', 'securite', 1))?.()).toEqual({ type: 'redirect', slug: 'security' });
    expect(files.get(topicResourcePath('fr', 'security', 1))?.()).toEqual({ type: 'redirect', slug: 'securite' });
    const topicFiles = [...files.keys()].filter((path) => path.includes('/topics/'));
    expect(topicFiles.sort()).toEqual(
      ['fr/culture/1', 'fr/securite/1', 'fr/security/1', 'en/culture/1', 'en/security/1', 'en/securite/1']
        .map((path) => `content/${path.replace(/^(\w+)\//, '$1/topics/')}.json`)
        .sort(),
    );
  });

  it('paginates a topic like the front page', () => {
    const paged = publish(FROZEN_EDITION, 1);
    expect(topicPage(paged, 'fr', 'securite')).toMatchObject({ page: 1, older: 3 });
    expect(topicPage(paged, 'fr', 'securite', 3)).toMatchObject({ newer: 1, older: 2 });
    expect(topicPage(paged, 'fr', 'securite', 2).stories.map((story) => story.id)).toEqual(['depeche-delta']);
    expect(topicPage(paged, 'fr', 'securite', 2).head.title).toBe('Sécurité, Page 2 — Kiosque');
  });

  it('publishes no page for a topic no story is filed under', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const topics = JSON.parse(readFileSync(content.file('topics.json'), 'utf8')) as unknown[];
    content.write(
      'topics.json',
      JSON.stringify([
        ...topics,
        { id: 'sport', names: { fr: 'Sport', en: 'Sport' }, slugs: { fr: 'sport', en: 'sport' } },
      ]),
    );
    expect([...publish(content.root).keys()].some((path) => path.includes('/sport/'))).toBe(false);
  });
});
