import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Class names of CSS Modules in a production build. They travel in the JavaScript of every page,
// where each byte counts against the first view's budget, and in its HTML: so every class of every
// module under src/ gets a name of one or two characters, from a table both builds (the browser's
// and the server's that prerenders) make alike from the same files, in the same order. A class the
// table does not know (it cannot happen unless a stylesheet is written in a way its reading misses)
// gets a longer name made from a hash, which is as stable. Development keeps readable names.

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NEXT = `${FIRST}0123456789`;

function nameAt(index: number): string {
  if (index < FIRST.length) return FIRST[index] ?? '';
  const rest = index - FIRST.length;
  return `${FIRST[Math.floor(rest / NEXT.length) % FIRST.length] ?? ''}${NEXT[rest % NEXT.length] ?? ''}`;
}

function moduleStylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.module.css'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every `.class` a stylesheet names, comments left out. */
function classesOf(css: string): string[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] ?? '');
}

/** `generateScopedName` for Vite's CSS Modules: short names for the modules under `root`/src. */
export function shortClassNames(root: string): (name: string, file: string) => string {
  const sources = new Set<string>();
  for (const file of moduleStylesheets(join(root, 'src'))) {
    for (const name of classesOf(readFileSync(file, 'utf8'))) sources.add(`${relative(root, file)}:${name}`);
  }
  const table = new Map([...sources].sort().map((source, index) => [source, nameAt(index)]));
  return (name, file) => {
    const source = `${relative(root, file.split('?')[0] ?? file)}:${name}`;
    return (
      table.get(source) ??
      `k${createHash('sha256').update(source).digest('base64url').replace(/[-_]/g, '').slice(0, 6)}`
    );
  };
}
