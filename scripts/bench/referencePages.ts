import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressFile } from '../../pipeline/output/compress.ts';
import { withFirstViewChunks } from '../../pipeline/bundle/firstPaint.ts';
import { scratchDir } from './scratch.ts';

// The references Kiosque's article page is measured beside, each a copy of the build in which only
// that page changes: with the stack's floor in the app's place, and with no JavaScript at all.

function copyOf(dir: string, name: string): string {
  const copy = scratchDir(name);
  cpSync(dir, copy, { recursive: true });
  return copy;
}

const htmlFile = (dir: string, path: string) => join(dir, `${path.slice(1)}.html`);

/** The floor's chunks (scripts/sizes/floor), the entry apart: it imports the others. */
function floorChunks(floorDir: string): { entry: string; chunks: string[] } {
  const html = readFileSync(join(floorDir, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('the floor build has no entry');
  const chunks = readdirSync(join(floorDir, 'assets')).map((name) => `/assets/floor/${name}`);
  return {
    entry: entry.replace('/assets/', '/assets/floor/'),
    chunks: chunks.filter((chunk) => !chunk.endsWith(entry.split('/').at(-1) ?? '')),
  };
}

/**
 * Kiosque's page at `path` with the stack's floor loaded in the app's place, the same way (after the
 * first paint, every chunk requested at once) but evaluated as a bundler leaves it: the libraries
 * alone, loaded naively. The floor renders into #root: the page's own root is renamed, and an empty
 * one that is never shown takes its place (with a child, so that the page still waits for its first
 * paint to load the floor, see pipeline/bundle/firstPaint.ts).
 */
export async function floorInPage(dir: string, floorDir: string, path: string): Promise<string> {
  const copy = copyOf(dir, 'floor-page');
  cpSync(join(floorDir, 'assets'), join(copy, 'assets/floor'), { recursive: true });
  const file = htmlFile(copy, path);
  const { entry, chunks } = floorChunks(floorDir);
  const page = withFirstViewChunks(readFileSync(file, 'utf8'), entry, chunks);
  writeFileSync(file, page.replace('<div id="root">', '<div id="root" hidden><p></p></div><div id="kiosque-root">'));
  await Promise.all(
    [file, ...readdirSync(join(copy, 'assets/floor')).map((name) => join(copy, 'assets/floor', name))].map(
      compressFile,
    ),
  );
  return copy;
}

/** Kiosque's page at `path` with no script at all: what the page costs the main thread by itself. */
export async function noScriptPage(dir: string, path: string): Promise<string> {
  const copy = copyOf(dir, 'no-script-page');
  const file = htmlFile(copy, path);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/<script(?: [^>]*)?>(?:(?!<\/script>)[\s\S])*<\/script>/g, (script) =>
      script.includes('application/json') ? script : '',
    ),
  );
  await compressFile(file);
  return copy;
}
