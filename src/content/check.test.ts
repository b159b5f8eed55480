import { describe, expect, it } from 'vitest';
import { findContentProblems } from './edition.ts';
import { formatProblem } from './problems.ts';
import { CONTENT_ROOT, copyOfContent, SEED_ID } from './testing/fixture.ts';

const seed = (file: string) => `articles/${SEED_ID}/${file}`;
const EXPLAINER = 'relations-culturelles-rabat-caire-ancrees-histoire';

type Blocks = { id: string; type: string; target?: string }[];

function problems(root: string): string {
  return findContentProblems(root).map(formatProblem).join('\n');
}

describe('checkContent', () => {
  it('finds nothing wrong with the published edition', () => {
    expect(findContentProblems(CONTENT_ROOT)).toEqual([]);
  });

  it('reports a paragraph missing from a translation', () => {
    const content = copyOfContent();
    content.edit(seed('en.json'), (json) => {
      json.blocks = (json.blocks as Blocks).filter((block) => block.id !== 'p5');
    });
    expect(problems(content.root)).toContain(`${seed('en.json')}: blocks: block "p5" of the fr original is missing`);
  });

  it('reports translated paragraphs out of order', () => {
    const content = copyOfContent();
    content.edit(seed('en.json'), (json) => {
      const blocks = json.blocks as Blocks;
      [blocks[0], blocks[1]] = [blocks[1]!, blocks[0]!];
    });
    expect(problems(content.root)).toContain(`${seed('en.json')}: blocks[0].id: "p2" is out of order: the original has "p1" here`);
  });

  it('reports a block that the original does not have', () => {
    const content = copyOfContent();
    content.edit(seed('en.json'), (json) => {
      (json.blocks as Blocks).push({ type: 'paragraph', id: 'p99', text: 'Extra.' } as Blocks[number]);
    });
    expect(problems(content.root)).toContain(`${seed('en.json')}: blocks[8].id: "p99" is not a block of the fr original`);
  });

  it('reports a read-also pointing at no story', () => {
    const content = copyOfContent();
    content.edit(seed('fr.json'), (json) => {
      (json.blocks as Blocks)[3]!.target = 'nulle-part';
    });
    expect(problems(content.root)).toContain(`${seed('fr.json')}: blocks[3].target: no story has the id "nulle-part"`);
  });

  it('reports unknown, self and repeated related stories', () => {
    const content = copyOfContent();
    content.edit(seed('meta.json'), (json) => {
      json.related = ['inconnu', SEED_ID, EXPLAINER, EXPLAINER];
    });
    const report = problems(content.root);
    expect(report).toContain(`${seed('meta.json')}: related[0]: no story has the id "inconnu"`);
    expect(report).toContain(`${seed('meta.json')}: related[1]: a story cannot be related to itself`);
    expect(report).toContain(`${seed('meta.json')}: related[3]: "${EXPLAINER}" is listed twice`);
  });

  it('reports a slug used by two stories in one language', () => {
    const content = copyOfContent();
    content.edit(`articles/${EXPLAINER}/fr.json`, (json) => {
      json.slug = SEED_ID;
    });
    expect(problems(content.root)).toMatch(new RegExp(`articles/${EXPLAINER}/fr.json: slug: "${SEED_ID}" already leads to`));
  });

  it('reports an English slug that is another story’s French slug', () => {
    const content = copyOfContent();
    content.edit(`articles/${EXPLAINER}/en.json`, (json) => {
      json.slug = SEED_ID;
    });
    expect(problems(content.root)).toContain('slug: "ministre-interieur-examine-homologue-finlandais-moyens-renforcer" already leads to');
  });

  it('reports a folder whose name is not the id', () => {
    const content = copyOfContent();
    content.edit(seed('meta.json'), (json) => {
      json.id = 'autre-id';
    });
    expect(problems(content.root)).toContain(`${seed('meta.json')}: id: must match its folder name "${SEED_ID}"`);
  });

  it('reports a story without its original-language version', () => {
    const content = copyOfContent();
    content.remove(`articles/${EXPLAINER}/fr.json`);
    expect(problems(content.root)).toContain(`articles/${EXPLAINER}/fr.json: (file): is missing: the original language of "${EXPLAINER}" is fr`);
  });

  it('reports an edition lead that is not a story', () => {
    const content = copyOfContent();
    content.edit('edition.json', (json) => {
      json.lead = 'absent';
    });
    expect(problems(content.root)).toContain('edition.json: lead: no story has the id "absent"');
  });
});
