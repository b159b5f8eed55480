import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_STATIC_IMPORTS } from '../../pipeline/bundle/chunks.ts';

// What the entry chunk imports statically, read from the built file: only what
// pipeline/bundle/chunks.ts allows (ENTRY_STATIC_IMPORTS), or the first task grows.

/** The chunk names (without their hash) of a module's static imports. */
export function staticImports(code: string): string[] {
  const specifiers = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+?from\s*)?["'`]([^"'`]+)["'`]/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) => specifier.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''));
}

/** The entry's static imports that it should not have, with the entry's path. */
export function unexpectedEntryImports(distDir: string): { entry: string; unexpected: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry =
    /data-app-bundle="\/([^"]+)"/.exec(html)?.[1] ?? /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${distDir}/index.html names no entry chunk`);
  const unexpected = staticImports(readFileSync(join(distDir, entry), 'utf8')).filter(
    (name) => !ENTRY_STATIC_IMPORTS.includes(name),
  );
  return { entry, unexpected };
}
