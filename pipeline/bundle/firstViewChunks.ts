import { relative } from 'node:path';
import type { Rollup } from 'vite';
import { PAGE_MODULES, type PageKind } from './chunks.ts';

/**
 * Every chunk of the first view of each kind of page, each after the chunks it imports: the order the
 * browser evaluates them in; and every file of the app's code, lazy chunks included (`assets`, paths
 * under the build), which the offline edition saves: not the folder's files, which hold the chunks
 * of earlier code that a deploy keeps for pages still open.
 */
export type FirstViewChunks = {
  entry: string;
  common: string[];
  byKind: (kind: PageKind) => string[];
  assets: string[];
};

/** Each kind of page's chunks, as a record: what a build saves (buildState.ts) and hands its workers (prerender.ts). */
export function chunksByKind(chunks: FirstViewChunks): Record<PageKind, string[]> {
  const kinds = Object.keys(PAGE_MODULES) as PageKind[];
  return Object.fromEntries(kinds.map((kind) => [kind, chunks.byKind(kind)])) as Record<PageKind, string[]>;
}

const url = (fileName: string) => `/${fileName}`;

function chunkOf(bundle: Rollup.OutputBundle, fileName: string): Rollup.OutputChunk {
  const chunk = bundle[fileName];
  if (chunk?.type !== 'chunk') throw new Error(`${fileName} is not a chunk of the build`);
  return chunk;
}

/** `roots` and everything they import statically, each chunk after its imports. */
function withImports(bundle: Rollup.OutputBundle, roots: string[], seen = new Set<string>()): string[] {
  const ordered: string[] = [];
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunkOf(bundle, fileName).imports) visit(imported);
    ordered.push(fileName);
  };
  for (const root of roots) visit(root);
  return ordered;
}

function lazyChunkOf(bundle: Rollup.OutputBundle, root: string, module: string): string {
  const chunk = Object.values(bundle).find(
    (output) => output.type === 'chunk' && output.facadeModuleId && relative(root, output.facadeModuleId) === module,
  );
  if (!chunk || chunk.type !== 'chunk' || !chunk.isDynamicEntry)
    throw new Error(`${module} is not a lazy chunk of the build (see pipeline/bundle/chunks.ts)`);
  return chunk.fileName;
}

/**
 * The entry (src/main.tsx) imports nothing but what the app boots with, so its lazy imports and all
 * they import are what every page needs; each kind of page adds its own module's chunk.
 */
export function firstViewChunks(bundle: Rollup.OutputBundle, root: string, entryFileName: string): FirstViewChunks {
  const entry = chunkOf(bundle, entryFileName);
  const common = withImports(bundle, entry.dynamicImports, new Set([entryFileName]));
  const byKind = (kind: PageKind) => {
    const module = PAGE_MODULES[kind];
    if (!module) return common.map(url);
    return [
      ...common,
      ...withImports(bundle, [lazyChunkOf(bundle, root, module)], new Set([entryFileName, ...common])),
    ].map(url);
  };
  // Checked while building, so that a renamed page module fails the build, not a reader's first view.
  for (const kind of Object.keys(PAGE_MODULES) as PageKind[]) byKind(kind);
  const assets = Object.keys(bundle)
    .filter((fileName) => fileName.startsWith('assets/'))
    .sort();
  return { entry: url(entryFileName), common: common.map(url), byKind, assets };
}
