import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findContentProblems, inspectContent } from './inspect.ts';
import { formatProblem } from './problems.ts';
import { contentWarnings, findingsOf } from './warnings.ts';
import { CONTENT_ROOT, copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';

// Each check, on a copy of the frozen test edition with one thing broken.
const DISPATCH = 'depeche-alpha';
const seed = (file: string) => `articles/${DISPATCH}/${file}`;
const EXPLAINER = 'contexte-beta';

type Blocks = { id: string; type: string; target?: string }[];

function problems(root: string): string {
  return findContentProblems(root).map(formatProblem).join('\n');
}

describe('checkContent', () => {
  it('finds nothing wrong with the published edition or the test edition', () => {
    expect(findContentProblems(CONTENT_ROOT)).toEqual([]);
    expect(findContentProblems(FROZEN_EDITION)).toEqual([]);
  });

  it('reports a headline another story has in the same language', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(`articles/${EXPLAINER}/en.json`, (json) => (json.headline = 'Alpha test dispatch'));
    // Each of the two is named in its own file, with the other: either may be the mistake.
    const report = problems(content.root);
    expect(report).toContain(
      `articles/${EXPLAINER}/en.json: headline: "Alpha test dispatch" is also the headline of "${DISPATCH}"`,
    );
    expect(report).toContain(
      `articles/${DISPATCH}/en.json: headline: "Alpha test dispatch" is also the headline of "${EXPLAINER}"`,
    );
  });

  it('reports a read-also whose text is another story’s headline than its target’s', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(
      seed('en.json'),
      (json) => ((json.blocks as Blocks & { text: string }[])[2]!.text = 'Gamma test background'),
    );
    expect(problems(content.root)).toContain(
      `${seed('en.json')}: blocks[2].text: "Gamma test background" is the headline of "contexte-gamma", but the link leads to "${EXPLAINER}"`,
    );
  });

  it('warns of a translated paragraph left in the original’s words, not of a name the same in both', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const french = JSON.parse(readFileSync(content.file(seed('fr.json')), 'utf8')) as { blocks: { text: string }[] };
    content.edit(seed('en.json'), (json) => {
      const blocks = json.blocks as { text: string }[];
      blocks[0]!.text = french.blocks[0]!.text;
    });
    const { problems: found, warnings } = inspectContent(content.root);
    expect(found).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `${seed('en.json')}: blocks\\[0\\]\\.text: is the fr original's "p1" word for word: left untranslated\\?$`,
        ),
      ),
    ]);
    expect(inspectContent(FROZEN_EDITION).warnings).toEqual([]);
    expect(inspectContent(CONTENT_ROOT).warnings).toEqual([]);
  });

  it('warns of a headline and a read-also left in the original’s words, not of a read-also whose story has no translation', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const french = JSON.parse(readFileSync(content.file(seed('fr.json')), 'utf8')) as {
      headline: string;
      blocks: { text: string }[];
    };
    content.edit(seed('en.json'), (json) => {
      // Spaced and with a straight apostrophe: the same words still.
      json.headline = french.headline.replace(/’/g, "'").replace(' ', '  ');
      (json.blocks as { text: string }[])[2]!.text = french.blocks[2]!.text;
    });
    const warnings = inspectContent(content.root).warnings.map(formatProblem);
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(`${seed('en.json')}: headline: is the fr original's headline word for word: left untranslated\\?$`),
      ),
      expect.stringMatching(
        new RegExp(
          `${seed('en.json')}: blocks\\[2\\]\\.text: is the fr original's read-also word for word: "${EXPLAINER}" is ".+" in en$`,
        ),
      ),
    ]);
    // Once the story it names has no English version, its French headline is what English pages show.
    rmSync(content.file(`articles/${EXPLAINER}/en.json`));
    expect(inspectContent(content.root).warnings.map(formatProblem)).toEqual([expect.stringMatching(/: headline: /)]);
  });

  it('warns of an HTML entity left in a text, which the page would show as written', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('en.json'), (json) => (json.headline = 'Research &amp; development'));
    expect(inspectContent(content.root).warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /en\.json: headline: holds "&amp;", which the page shows as written: write the character itself$/,
      ),
    ]);
  });

  it('looks again only at stories a publish kept nothing for, and names kept warnings by the files as they are', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('en.json'), (json) => (json.headline = 'Research &amp; development'));
    const { content: loaded } = inspectContent(content.root);
    const fresh = contentWarnings(loaded);
    expect(fresh).toHaveLength(1);
    expect(contentWarnings(loaded, findingsOf(loaded.articles, findingsOf(loaded.articles)))).toEqual(fresh);
    // What was kept for a story whose files are unchanged is what is reported for it.
    const story = loaded.articles.find((article) => article.meta.id === DISPATCH);
    const planted = new Map([
      [story?.digests.story ?? '', [{ lang: 'fr' as const, field: 'headline', message: 'kept' }]],
    ]);
    expect(contentWarnings(loaded, findingsOf(loaded.articles, planted)).map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`${seed('fr.json')}: headline: kept$`)),
    ]);
  });

  it('reports a paragraph missing from a translation', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('en.json'), (json) => {
      json.blocks = (json.blocks as Blocks).filter((block) => block.id !== 'p2');
    });
    expect(problems(content.root)).toContain(`${seed('en.json')}: blocks: block "p2" of the fr original is missing`);
  });

  it('reports translated paragraphs out of order', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('en.json'), (json) => {
      const blocks = json.blocks as Blocks;
      [blocks[0], blocks[1]] = [blocks[1]!, blocks[0]!];
    });
    expect(problems(content.root)).toContain(
      `${seed('en.json')}: blocks[0].id: "p2" is out of order: the original has "p1" here`,
    );
  });

  it('reports a block that the original does not have', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('en.json'), (json) => {
      (json.blocks as Blocks).push({ type: 'paragraph', id: 'p99', text: 'Extra.' } as Blocks[number]);
    });
    expect(problems(content.root)).toContain(
      `${seed('en.json')}: blocks[4].id: "p99" is not a block of the fr original`,
    );
  });

  it('reports a read-also pointing at no story', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('fr.json'), (json) => {
      (json.blocks as Blocks)[2]!.target = 'nulle-part';
    });
    expect(problems(content.root)).toContain(`${seed('fr.json')}: blocks[2].target: no story has the id "nulle-part"`);
  });

  it('reports unknown, self and repeated related stories', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('meta.json'), (json) => {
      json.related = ['inconnu', DISPATCH, EXPLAINER, EXPLAINER];
    });
    const report = problems(content.root);
    expect(report).toContain(`${seed('meta.json')}: related[0]: no story has the id "inconnu"`);
    expect(report).toContain(`${seed('meta.json')}: related[1]: a story cannot be related to itself`);
    expect(report).toContain(`${seed('meta.json')}: related[3]: "${EXPLAINER}" is listed twice`);
  });

  it('reports an unknown or repeated topic, naming the known ones, a topic slug used twice, and a story without a topic', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('meta.json'), (json) => {
      json.topics = ['sport', 'security', 'security'];
    });
    content.write(
      'topics.json',
      JSON.stringify([
        { id: 'security', names: { fr: 'Sécurité', en: 'Security' }, slugs: { fr: 'securite', en: 'security' } },
        { id: 'culture', names: { fr: 'Culture', en: 'Culture' }, slugs: { fr: 'securite', en: 'culture' } },
      ]),
    );
    const report = problems(content.root);
    expect(report).toMatch(
      new RegExp(
        `${seed('meta.json')}: topics\\[0\\]: unknown topic "sport"; the topics in \\S*kiosque-content-\\w+/topics\\.json are security, culture`,
      ),
    );
    expect(report).toContain(`${seed('meta.json')}: topics[2]: "security" is listed twice`);
    expect(report).toContain('topics.json: [1].slugs.fr: "securite" is used by another topic');
    content.edit('articles/contexte-gamma/meta.json', (json) => {
      json.topics = [];
    });
    expect(problems(content.root)).toContain('articles/contexte-gamma/meta.json: topics: Too small');
  });

  it('reports a slug used by two stories in one language', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(`articles/${EXPLAINER}/fr.json`, (json) => {
      json.slug = DISPATCH;
    });
    expect(problems(content.root)).toContain(
      `articles/${DISPATCH}/fr.json: slug: "${DISPATCH}" already leads to "${EXPLAINER}" in fr`,
    );
  });

  it('reports an English slug that is another story’s French slug', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(`articles/${EXPLAINER}/en.json`, (json) => {
      json.slug = DISPATCH;
    });
    expect(problems(content.root)).toContain(
      `articles/${DISPATCH}/fr.json: slug: "${DISPATCH}" already leads to "${EXPLAINER}" in en`,
    );
  });

  it('reports a folder whose name is not the id', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seed('meta.json'), (json) => {
      json.id = 'autre-id';
    });
    expect(problems(content.root)).toContain(`${seed('meta.json')}: id: must match its folder name "${DISPATCH}"`);
  });

  it('reports a story without its original-language version', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.remove(`articles/${EXPLAINER}/fr.json`);
    expect(problems(content.root)).toContain(
      `articles/${EXPLAINER}/fr.json: (file): is missing: the original language of "${EXPLAINER}" is fr`,
    );
  });

  it('reports an edition lead that is not a story', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit('edition.json', (json) => {
      json.lead = 'absent';
    });
    expect(problems(content.root)).toContain('edition.json: lead: no story has the id "absent"');
  });
});
