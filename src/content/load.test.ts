import { describe, expect, it } from 'vitest';
import { loadContent } from './load.ts';
import { formatProblem } from './problems.ts';
import { CONTENT_ROOT, copyOfContent, SEED_ID } from './testing/fixture.ts';

const seedFr = `articles/${SEED_ID}/fr.json`;

function problemsOf(root: string): string[] {
  return loadContent(root).problems.map(formatProblem);
}

describe('loadContent', () => {
  it('accepts the published edition', () => {
    const content = loadContent(CONTENT_ROOT);
    expect(content.problems).toEqual([]);
    expect(content.articles.map((article) => article.meta.id)).toContain(SEED_ID);
    expect(content.articles.length).toBeGreaterThanOrEqual(4);
  });

  it('names the file and the field of a missing headline', () => {
    const content = copyOfContent();
    content.edit(seedFr, (json) => delete json.headline);
    expect(problemsOf(content.root)).toEqual([expect.stringMatching(new RegExp(`${seedFr}: headline: .*expected string`))]);
  });

  it('names the block and field of a wrong type', () => {
    const content = copyOfContent();
    content.edit(seedFr, (json) => {
      (json.blocks as { text: unknown }[])[2]!.text = 42;
    });
    expect(problemsOf(content.root)).toEqual([expect.stringContaining(`${seedFr}: blocks[2].text:`)]);
  });

  it('refuses an unknown block type', () => {
    const content = copyOfContent();
    content.edit(seedFr, (json) => {
      (json.blocks as { type: string }[])[0]!.type = 'video';
    });
    expect(problemsOf(content.root)).toEqual([expect.stringContaining(`${seedFr}: blocks[0].type:`)]);
  });

  it('reports truncated JSON with the file name', () => {
    const content = copyOfContent();
    content.write(seedFr, '{"slug": "ministre", "headline": "Le min');
    expect(problemsOf(content.root)).toEqual([expect.stringMatching(new RegExp(`${seedFr}: \\(file\\): is not valid JSON`))]);
  });

  it('refuses empty text, padded text, bad slugs and unknown fields', () => {
    const content = copyOfContent();
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
    const content = copyOfContent();
    content.edit(`articles/${SEED_ID}/meta.json`, (json) => {
      json.published = 'lundi';
    });
    expect(problemsOf(content.root)).toEqual([expect.stringContaining(`articles/${SEED_ID}/meta.json: published:`)]);
  });

  it('refuses a headline over 300 characters', () => {
    const content = copyOfContent();
    content.edit(seedFr, (json) => {
      json.headline = 'a'.repeat(301);
    });
    expect(problemsOf(content.root)).toEqual([expect.stringContaining(`${seedFr}: headline:`)]);
  });
});
