import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { articleResourcePath, frontPageResourcePath } from './paths.ts';
import { publishEdition } from './publish.ts';
import type { ArticleResource, FrontPageView } from './published.ts';
import { CONTENT_ROOT, copyOfContent, SEED_ID } from './testing/fixture.ts';

const EN_SLUG = 'interior-minister-discusses-finnish-counterpart-ways-strengthen';
const READ_ALSO_ID = 'relations-culturelles-rabat-caire-ancrees-histoire';

function publish(root = CONTENT_ROOT, pageSize?: number) {
  const content = loadContent(root);
  if (!content.edition) throw new Error('no edition');
  return publishEdition(content.articles, content.edition, pageSize);
}

function article(files: ReturnType<typeof publish>, path: string) {
  const resource = files.get(path) as ArticleResource | undefined;
  if (resource?.type !== 'article') throw new Error(`${path} is not an article`);
  return resource.article;
}

describe('publishEdition', () => {
  const files = publish();

  it('publishes each story under its own slug in each language', () => {
    const fr = article(files, articleResourcePath('fr', SEED_ID));
    const en = article(files, articleResourcePath('en', EN_SLUG));
    expect(fr).toMatchObject({ id: SEED_ID, lang: 'fr', contentLang: 'fr', originalLanguage: 'fr', kind: 'dispatch', dateline: 'Rabat' });
    expect(en).toMatchObject({ id: SEED_ID, lang: 'en', contentLang: 'en', slug: EN_SLUG });
    expect(fr.alternates).toEqual({ fr: SEED_ID, en: EN_SLUG });
    expect(en.alternates).toEqual(fr.alternates);
    expect(fr).not.toHaveProperty('published');
  });

  it('makes the other language’s slug a redirect to this language’s', () => {
    expect(files.get(articleResourcePath('en', SEED_ID))).toEqual({ type: 'redirect', slug: EN_SLUG });
    expect(files.get(articleResourcePath('fr', EN_SLUG))).toEqual({ type: 'redirect', slug: SEED_ID });
  });

  it('resolves read-also and related stories to the language’s slugs and headlines', () => {
    const en = article(files, articleResourcePath('en', EN_SLUG));
    const readAlso = en.blocks.find((block) => block.type === 'readAlso');
    expect(readAlso).toMatchObject({
      id: 'r1',
      text: 'Cultural relations between Rabat and Cairo rooted in history',
      story: { id: READ_ALSO_ID, slug: 'cultural-relations-rabat-cairo-rooted-history', contentLang: 'en', kind: 'explainer' },
    });
    expect(en.related.map((story) => story.contentLang)).toEqual(['en', 'en', 'en']);
    expect(en.related[0]?.headline).toBe('Cultural relations between Rabat and Cairo rooted in history');
  });

  it('keeps block ids identical across languages', () => {
    const ids = (lang: 'fr' | 'en', slug: string) => article(files, articleResourcePath(lang, slug)).blocks.map((block) => block.id);
    expect(ids('en', EN_SLUG)).toEqual(ids('fr', SEED_ID));
  });

  it('puts the lead story first on the front page and summarises stories without a standfirst by their opening', () => {
    const front = files.get(frontPageResourcePath('fr', 1)) as FrontPageView;
    expect(front.pageCount).toBe(1);
    expect(front.stories[0]).toMatchObject({ id: SEED_ID, summary: expect.stringMatching(/^Le ministre de l’Intérieur, M\. Abdelouafi Laftit/) });
    expect(front.stories).toHaveLength(4);
  });

  it('paginates the front page', () => {
    const paged = publish(CONTENT_ROOT, 3);
    const second = paged.get(frontPageResourcePath('en', 2)) as FrontPageView;
    expect(second).toMatchObject({ page: 2, pageCount: 2 });
    expect(second.stories).toHaveLength(1);
    expect(paged.has(frontPageResourcePath('en', 3))).toBe(false);
  });

  it('orders dated stories newest first after the lead', () => {
    const content = copyOfContent();
    content.edit('articles/strategie-nationale-immigration-asile-maroc/meta.json', (json) => {
      json.published = '2020-01-02';
    });
    content.edit(`articles/${READ_ALSO_ID}/meta.json`, (json) => {
      json.published = '2020-01-03';
    });
    const front = publish(content.root).get(frontPageResourcePath('fr', 1)) as FrontPageView;
    expect(front.stories.map((story) => story.id)).toEqual([
      SEED_ID,
      READ_ALSO_ID,
      'strategie-nationale-immigration-asile-maroc',
      'combattants-terroristes-etrangers-droit-international',
    ]);
  });

  it('serves a story without a translation in its original language under the original slug', () => {
    const content = copyOfContent();
    content.remove(`articles/${READ_ALSO_ID}/en.json`);
    const published = publish(content.root);
    const shown = article(published, articleResourcePath('en', READ_ALSO_ID));
    expect(shown).toMatchObject({ lang: 'en', contentLang: 'fr', headline: 'Les relations culturelles entre Rabat et Le Caire ancrées dans l’histoire' });
    expect(shown.alternates).toEqual({ fr: READ_ALSO_ID, en: READ_ALSO_ID });
    expect(shown.available).toEqual(['fr']);
    expect(article(files, articleResourcePath('en', EN_SLUG)).available).toEqual(['fr', 'en']);
  });
});
