import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README and docs/ stay true to the tree: every folder the README's map names exists, and every
// link between the pages leads to a file that does.

const README = readFileSync('README.md', 'utf8');
const pages = [
  'README.md',
  ...readdirSync('docs', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file)),
];

/**
 * The paths the README's "Where things live" map names: each line's folder, and the folders its description names
 * inside it (`bundle/ (…)`).
 */
function mappedPaths(): string[] {
  const map = /## Where things live\n\n```\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
  let top = '';
  return map.split('\n').flatMap((line) => {
    const [, named, description] = /^(\S*)\s+(.*)$/.exec(line) ?? [];
    if (named) top = named;
    const inside = [...(description ?? '').matchAll(/(?<![\w/<>-])([a-z\d-]+\/)(?=[\s,)]|$)/g)].map((match) =>
      join(top, match[1] ?? ''),
    );
    return [...(named ? [named] : []), ...inside];
  });
}

describe('the README and docs/', () => {
  it('the README stays a front door', () => {
    expect(README.split('\n').length).toBeLessThanOrEqual(160);
  });

  it('every folder the README’s map names exists', () => {
    const paths = mappedPaths();
    expect(paths).toEqual(expect.arrayContaining(['pipeline/', 'pipeline/deploy/', 'src/features/', 'scripts/bench/']));
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('the README’s map names every folder of src/, src/features/ and pipeline/', () => {
    const paths = mappedPaths();
    const map = /## Where things live\n\n```\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
    const folders = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    const unnamed = [
      ...['src', 'pipeline'].flatMap((top) => folders(top).filter((name) => !paths.includes(`${top}/${name}/`))),
      ...folders('src/features').filter((name) => !new RegExp(`\\b${name}\\b`).test(map)),
    ];
    expect(unnamed).toEqual([]);
  });

  it('every local link of the README and docs/ leads to a file', () => {
    const broken = pages.flatMap((page) =>
      [...readFileSync(page, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((match) => match[1] ?? '')
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(join(dirname(page), target)))
        .map((target) => `${page} → ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('every path of the tree that the README and docs/ name in code quotes exists', () => {
    const missing = pages.flatMap((page) =>
      [...readFileSync(page, 'utf8').matchAll(/`((?:src|pipeline|scripts|e2e|deploy|docs)\/[\w./-]*\w\/?)`/g)]
        .map((match) => match[1] ?? '')
        .filter((path) => !existsSync(path))
        .map((path) => `${page} → ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('every decision record opens with its status and is listed in the records’ index', () => {
    const index = readFileSync('docs/decisions/README.md', 'utf8');
    const records = readdirSync('docs/decisions').filter((file) => /^\d{3}-.*\.md$/.test(file));
    const unmarked = records.filter(
      (file) => !/^# .+\n\n\*\*Status:\*\* \S/.test(readFileSync(join('docs/decisions', file), 'utf8')),
    );
    expect(unmarked).toEqual([]);
    expect(records.filter((file) => !index.includes(`](${file})`))).toEqual([]);
  });
});
