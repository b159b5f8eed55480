import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWireCopy } from '../wire/importWireCopy.ts';
import { articleIdFor, parseWireCopy } from '../wire/wireCopy.ts';
import { loadContent, heldArticle, type SourceArticle } from '../content/load.ts';
import { editionOrder } from './views.ts';
import { RELATED_COUNT, relatedStories } from './relatedStories.ts';
import { distinctiveWords } from './wordIndex.ts';
import { CONTENT_ROOT, copyOfContent } from '../testing/fixture.ts';

function story(id: string, topics: string[], text: string, related: string[] = []): SourceArticle {
  return heldArticle(
    `articles/${id}`,
    { id, originalLanguage: 'fr', kind: 'dispatch', topics, related },
    {
      fr: { slug: id, headline: `Titre ${id}`, credit: 'Test', blocks: [{ type: 'paragraph', id: 'p1', text }] },
    },
    { story: id, versions: { fr: `${id}.fr` } },
  );
}

const edition = [
  story('lead', ['security'], 'Le ministre reçoit son homologue finlandais pour parler de coopération sécuritaire.', [
    'culture-a',
  ]),
  story('culture-a', ['culture'], 'Un festival de musique andalouse à Fès.'),
  story('security-b', ['security'], 'Les polices échangent des informations.'),
  story('security-c', ['security', 'morocco'], 'Rabat accueille une conférence.'),
  story('finnish', ['economy'], 'Le ministre finlandais parle de coopération sécuritaire avec son homologue.'),
  story('unrelated', ['sport'], 'Le club remporte le championnat.'),
];

describe('relatedStories', () => {
  const related = relatedStories(edition).byStory;

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
    const chosen = relatedStories([
      story('a', ['x'], 'a', ['b', 'c', 'd', 'e']),
      ...['b', 'c', 'd', 'e'].map((id) => story(id, ['x'], id)),
    ]).byStory;
    expect(chosen.get('a')).toEqual(['b', 'c', 'd', 'e']);
  });
});

describe('relatedStories, by what stories share', () => {
  it('gives no place to a word that only one story has', () => {
    const rare = Array.from({ length: 20 }, (_, index) => `singulier${String.fromCharCode(97 + index)}`).join(' ');
    const related = relatedStories([
      story('rare', ['a'], `${rare} coopération`),
      story('other', ['b'], 'La coopération avance.'),
      story('third', ['c'], 'Rien à voir.'),
    ]).byStory;
    expect(related.get('rare')).toEqual(['other']);
  });

  /** The stories `ordered[story]` shares a topic or a distinctive word with, by id. */
  function sharers(ordered: SourceArticle[], story: number): Set<string> {
    const words = distinctiveWords(ordered);
    const self = ordered[story];
    return new Set(
      ordered
        .filter(
          (other, index) =>
            index !== story &&
            (other.meta.topics.some((topic) => self?.meta.topics.includes(topic)) ||
              words.some((byStory) => [...(byStory[index] ?? [])].some((word) => byStory[story]?.has(word)))),
        )
        .map((other) => other.meta.id),
    );
  }

  /**
   * Every story of the edition in `root` lists min(3, the stories it shares something with) related stories, the
   * editor's first.
   */
  function expectEditionProperties(root: string) {
    const { articles, edition } = loadContent(root);
    if (!edition) throw new Error(`${root} has no edition.json`);
    const ordered = editionOrder(articles, edition);
    const related = relatedStories(ordered).byStory;
    ordered.forEach((article, index) => {
      const ids = related.get(article.meta.id) ?? [];
      const chosen = [...new Set(article.meta.related)];
      expect(ids.slice(0, chosen.length), article.meta.id).toEqual(chosen);
      expect(ids, article.meta.id).not.toContain(article.meta.id);
      expect(new Set(ids).size, article.meta.id).toBe(ids.length);
      const reachable = new Set([...chosen, ...sharers(ordered, index)]);
      expect(ids.length, article.meta.id).toBe(
        chosen.length >= RELATED_COUNT ? chosen.length : Math.min(RELATED_COUNT, reachable.size),
      );
    });
    return related;
  }

  it('on the real edition, every story lists min(3, the stories it shares a topic or a distinctive word with)', () => {
    expectEditionProperties(CONTENT_ROOT);
  });

  it('a dispatch on security cooperation, filed under one topic, is related to the three stories that speak of the same things', () => {
    const content = copyOfContent(CONTENT_ROOT);
    const file = join(import.meta.dirname, '../testing/wire/cooperation-securitaire.txt');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('combattants terroristes étrangers');
    // A newsroom may have published the same wire copy already: the test is of a story new to the edition.
    const id = articleIdFor(parseWireCopy(text));
    if (existsSync(content.file(`articles/${id}`))) content.remove(`articles/${id}`);
    importWireCopy(file, {
      root: content.root,
      lang: 'fr',
      kind: 'dispatch',
      dateline: 'Rabat',
      topics: ['security-cooperation'],
    });
    expect(expectEditionProperties(content.root).get(id)).toHaveLength(3);
  });
});

describe('relatedStories, from the tallies a publish kept', () => {
  const withText = (article: SourceArticle, text: string, digest: string): SourceArticle => ({
    ...story(article.meta.id, article.meta.topics, text, article.meta.related),
    digests: { story: digest, versions: { fr: digest } },
  });

  it('finds what a first build finds, for an edition with a story changed and one added', () => {
    const { tallies } = relatedStories(edition);
    const changed = edition.map((article) =>
      article.meta.id === 'unrelated'
        ? withText(article, 'Le ministre finlandais reçoit le club champion.', 'unrelated-2')
        : article,
    );
    const next = [...changed, story('added', ['sport'], 'Le championnat de coopération sécuritaire.')];
    expect(relatedStories(next, tallies).byStory).toEqual(relatedStories(next).byStory);
  });

  it('does not count again the words of a version whose file is unchanged', () => {
    const { tallies, byStory } = relatedStories(edition);
    // The same digest with other words: only the kept tally can give the first build's answer.
    const rewritten = edition.map((article) =>
      article.meta.id === 'finnish' ? withText(article, 'Le club remporte le championnat.', 'finnish.fr') : article,
    );
    expect(relatedStories(rewritten, tallies).byStory).toEqual(byStory);
    expect(relatedStories(rewritten).byStory).not.toEqual(byStory);
  });
});
