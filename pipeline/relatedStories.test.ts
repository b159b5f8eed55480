import { describe, expect, it } from 'vitest';
import type { SourceArticle } from './load.ts';
import { relatedStories } from './relatedStories.ts';

function story(id: string, topics: string[], text: string, related: string[] = []): SourceArticle {
  return {
    dir: `articles/${id}`,
    meta: { id, originalLanguage: 'fr', kind: 'dispatch', topics, related },
    versions: { fr: { slug: id, headline: `Titre ${id}`, credit: 'Test', blocks: [{ type: 'paragraph', id: 'p1', text }] } },
  };
}

const edition = [
  story('lead', ['security'], 'Le ministre reçoit son homologue finlandais pour parler de coopération sécuritaire.', ['culture-a']),
  story('culture-a', ['culture'], 'Un festival de musique andalouse à Fès.'),
  story('security-b', ['security'], 'Les polices échangent des informations.'),
  story('security-c', ['security', 'morocco'], 'Rabat accueille une conférence.'),
  story('finnish', ['economy'], 'Le ministre finlandais parle de coopération sécuritaire avec son homologue.'),
  story('unrelated', ['sport'], 'Le club remporte le championnat.'),
];

describe('relatedStories', () => {
  const related = relatedStories(edition);

  it('keeps the editor’s choices first, in their order, and completes them to three', () => {
    expect(related.get('lead')?.[0]).toBe('culture-a');
    expect(related.get('lead')).toHaveLength(3);
  });

  it('completes by shared topics first, then by text', () => {
    // security-b and security-c share the lead's topic; the Finnish story only its words.
    expect(related.get('lead')?.slice(1).sort()).toEqual(['security-b', 'security-c']);
    expect(related.get('finnish')).toEqual(['lead']);
  });

  it('never lists a story itself or twice, and invents no link where nothing is shared', () => {
    for (const [id, ids] of related) {
      expect(ids).not.toContain(id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(related.get('unrelated')).toEqual([]);
  });

  it('gives a story nobody linked somewhere to lead from its first build', () => {
    expect(related.get('security-b')?.sort()).toEqual(['lead', 'security-c']);
  });

  it('leaves three or more editor’s choices as they are', () => {
    const chosen = relatedStories([story('a', ['x'], 'a', ['b', 'c', 'd', 'e']), ...['b', 'c', 'd', 'e'].map((id) => story(id, ['x'], id))]);
    expect(chosen.get('a')).toEqual(['b', 'c', 'd', 'e']);
  });
});
