import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../pipeline/content/load.ts';
import { CONTENT_ROOT, copyOfContent, FROZEN_EDITION } from '../pipeline/testing/fixture.ts';

function run(script: string, args: string[]) {
  return spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8' });
}

describe('npm run content:check', () => {
  it('passes the published edition', () => {
    const result = run('content-check', []);
    const { articles } = loadContent(CONTENT_ROOT);
    const versions = articles.flatMap((article) => Object.keys(article.versions)).length;
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      `content:check: ${articles.length} stories, ${versions} language versions, no problems`,
    );
  });

  it('prints each problem as file: field: message and fails', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit('articles/depeche-alpha/en.json', (json) => {
      json.blocks = (json.blocks as { id: string }[]).filter((block) => block.id !== 'p2');
    });
    content.write('articles/contexte-beta/en.json', '{"slug": "beta-backg');
    const result = run('content-check', ['--root', content.root]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/contexte-beta\/en\.json: \(file\): is not valid JSON/));
    expect(lines.at(-1)).toMatch(/^content:check: \d+ problem\(s\)$/);
  });

  it('reports a missing paragraph once the files parse', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit('articles/depeche-alpha/en.json', (json) => {
      json.blocks = (json.blocks as { id: string }[]).filter((block) => block.id !== 'p2');
    });
    const result = run('content-check', ['--root', content.root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('articles/depeche-alpha/en.json: blocks: block "p2" of the fr original is missing');
  });

  it('warns of a paragraph left untranslated, and fails on it only with --strict', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit('articles/depeche-alpha/en.json', (json) => {
      (json.blocks as { text: string }[])[0]!.text = 'Premier paragraphe de la dépêche alpha.';
    });
    const result = run('content-check', ['--root', content.root]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^warning: .*articles\/depeche-alpha\/en\.json: blocks\[0\]\.text: is the fr original's "p1" word for word/m,
    );
    expect(result.stdout.trim()).toMatch(/no problems, 1 warning\(s\)$/);
    const strict = run('content-check', ['--root', content.root, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout.trim()).toMatch(/1 warning\(s\), which --strict makes fail$/);
  });
});

describe('npm run content:import', () => {
  it('refuses bad input with a one-line reason and exit code 1', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const file = join(mkdtempSync(join(tmpdir(), 'kiosque-cli-')), 'depeche.txt');
    writeFileSync(file, 'Titre\nParagraphe.\n>>Lire aussi : Nulle part\n');
    const result = run('content-import', [file, '--root', content.root, '--topic', 'security']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`content:import: ${file}: line 3: no story is titled "Nulle part"`);
    const unknown = run('content-import', [file, '--root', content.root, '--topic', 'sport']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim()).toBe(
      `content:import: ${file}: unknown topic "sport"; the topics in ${relative(process.cwd(), join(content.root, 'topics.json'))} are security, culture`,
    );
    expect(result.stdout).toBe('');
  });

  it('warns of dubious copy on stderr, line by line, and imports it', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const file = join(mkdtempSync(join(tmpdir(), 'kiosque-cli-')), 'depeche.txt');
    writeFileSync(file, 'Recherche &amp; développement\nSon seul paragraphe.\n');
    const result = run('content-import', [file, '--root', content.root, '--topic', 'culture']);
    expect(result.status).toBe(0);
    expect(result.stderr.trim()).toBe(
      `content:import: warning: ${file}: line 1: HTML entities read as the characters they stand for: &amp; → &`,
    );
    expect(result.stdout.trim()).toMatch(/articles\/recherche-developpement\/fr\.json$/);
  });

  it('prints the path it wrote', () => {
    const content = copyOfContent(FROZEN_EDITION);
    const file = join(mkdtempSync(join(tmpdir(), 'kiosque-cli-')), 'depeche.txt');
    writeFileSync(file, 'Une dépêche de test\nSon seul paragraphe.\n');
    const result = run('content-import', [
      file,
      '--root',
      content.root,
      '--dateline',
      'Fès',
      '--topic',
      'culture',
      '--topic',
      'security',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/articles\/depeche-test\/fr\.json$/);
  });
});
