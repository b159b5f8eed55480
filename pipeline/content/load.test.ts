import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { formatProblem } from './problems.ts';
import { CONTENT_ROOT, copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';

const DISPATCH = 'depeche-alpha';
const seedFr = `articles/${DISPATCH}/fr.json`;

function problemsOf(root: string): string[] {
  return loadContent(root).problems.map(formatProblem);
}

describe('loadContent', () => {
  it('accepts the published edition, and reads every article folder of the test edition', () => {
    expect(loadContent(CONTENT_ROOT).problems).toEqual([]);
    const content = loadContent(FROZEN_EDITION);
    expect(content.problems).toEqual([]);
    expect(content.edition).toEqual({ lead: DISPATCH });
    expect(content.articles.map((article) => [article.meta.id, Object.keys(article.versions).sort()])).toEqual([
      ['contexte-beta', ['en', 'fr']],
      ['contexte-gamma', ['en', 'fr']],
      ['depeche-alpha', ['en', 'fr']],
      ['depeche-delta', ['fr']],
    ]);
  });

  it('names the file and the field of a missing headline', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seedFr, (json) => delete json.headline);
    expect(problemsOf(content.root)).toEqual([
      expect.stringMatching(new RegExp(`${seedFr}: headline: .*expected string`)),
    ]);
  });

  it('names the block and field of a wrong type', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seedFr, (json) => {
      (json.blocks as { text: unknown }[])[2]!.text = 42;
    });
    expect(problemsOf(content.root)).toEqual([expect.stringContaining(`${seedFr}: blocks[2].text:`)]);
  });

  it('refuses an unknown block type', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seedFr, (json) => {
      (json.blocks as { type: string }[])[0]!.type = 'video';
    });
    expect(problemsOf(content.root)).toEqual([expect.stringContaining(`${seedFr}: blocks[0].type:`)]);
  });

  it('reports truncated JSON with the file name', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.write(seedFr, '{"slug": "depeche-alpha", "headline": "Dépê');
    expect(problemsOf(content.root)).toEqual([
      expect.stringMatching(new RegExp(`${seedFr}: \\(file\\): is not valid JSON`)),
    ]);
  });

  it('names the line and column of a JSON syntax error, as an editor’s editor shows them', () => {
    const content = copyOfContent(FROZEN_EDITION);
    // A comma forgotten at the end of line 3, and (in the other file) one too many before a brace.
    content.write(seedFr, '{\n  "slug": "depeche-alpha",\n  "headline": "Dépêche"\n  "credit": "Agence"\n}\n');
    content.write(`articles/depeche-alpha/en.json`, '{\n  "slug": "alpha-dispatch",\n}\n');
    expect(problemsOf(content.root)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /depeche-alpha\/en\.json: \(file\): is not valid JSON: line 3, column 1: property name expected$/,
        ),
        expect.stringMatching(
          /depeche-alpha\/fr\.json: \(file\): is not valid JSON: line 4, column 3: comma expected$/,
        ),
      ]),
    );
  });

  it('refuses empty text, padded text, bad slugs and unknown fields', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seedFr, (json) => {
      json.slug = 'Pas un slug';
      json.standfirst = '   ';
      json.credit = ' Presse ';
      json.author = 'Quelqu’un';
    });
    const problems = problemsOf(content.root).join('\n');
    expect(problems).toContain(`${seedFr}: slug:`);
    expect(problems).toContain(`${seedFr}: standfirst: must not be empty`);
    expect(problems).toContain(`${seedFr}: credit: must not start or end with spaces`);
    expect(problems).toContain(`${seedFr}: (file): Unrecognized key: "author"`);
  });

  it('refuses an invented-looking date that is not a calendar date', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(`articles/${DISPATCH}/meta.json`, (json) => {
      json.published = 'lundi';
    });
    expect(problemsOf(content.root)).toEqual([expect.stringContaining(`articles/${DISPATCH}/meta.json: published:`)]);
  });

  it('refuses a headline over 300 characters', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit(seedFr, (json) => {
      json.headline = 'a'.repeat(301);
    });
    expect(problemsOf(content.root)).toEqual([expect.stringContaining(`${seedFr}: headline:`)]);
  });
});
