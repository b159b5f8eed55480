import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_STATE } from '../src/shared/documentState.ts';

// The styles name the document's state attributes by hand (a stylesheet cannot import them): every
// attribute they select on the root is one that src/shared/documentState.ts declares.

const stylesheets = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => join('src', file));

function rootAttributes(css: string): string[] {
  return [...css.matchAll(/:root\[(data-[a-z-]+)/g)].map((match) => match[1] ?? '');
}

describe('the document state in the styles', () => {
  it('every :root[data-…] a stylesheet selects is declared in documentState.ts', () => {
    const declared = new Set<string>(Object.values(DOCUMENT_STATE));
    const used = stylesheets.flatMap((file) =>
      rootAttributes(readFileSync(file, 'utf8')).map((attribute) => `${file}: ${attribute}`),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((entry) => !declared.has(entry.split(': ')[1] ?? ''))).toEqual([]);
  });

  it('finds an undeclared attribute', () => {
    expect(rootAttributes(':root[data-pending-page] main {} :root[data-unknown="x"] {}')).toEqual([
      'data-pending-page',
      'data-unknown',
    ]);
  });
});
