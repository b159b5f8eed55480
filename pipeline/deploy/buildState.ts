import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chunksByKind, type FirstViewChunks } from '../bundle/firstViewChunks.ts';
import type { EditionStamp } from '../../src/content-api/edition.ts';
import type { EditionManifest, ManifestPage } from '../edition/manifest.ts';
import { digestOf, digestOfEach } from '../content/digest.ts';

// What a build knows of what it wrote, saved beside it (`.kiosque/state.json`, never served), so that
// the next publish can write only what differs: the code it was built from, the site address, the
// chunks each kind of page names, and a digest of what each page renders from and of each file the
// edition publishes.

export const BUILD_STATE = '.kiosque/state.json';

/** What the browser's code and its HTML are made from: a change in any of them makes a publish a full build. */
const CODE_INPUTS = [
  'src',
  'pipeline',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'scripts/build.ts',
  'tsconfig.json',
];

type Kind = ManifestPage['kind'];

export type BuildState = {
  code: string;
  origin: string;
  /** Whether every text file has its .br and .gz twins. */
  compressed: boolean;
  chunks: { entry: string; common: string[]; byKind: Record<Kind, string[]>; assets: string[] };
  /** By HTML file: a digest of what its page renders from. */
  pages: Record<string, string>;
  /** By path: a digest of each published file (JSON, feeds, sitemap, robots.txt). */
  files: Record<string, string>;
  /** By path, for the files made from a few known inputs (EditionManifest's `inputs`): a digest of those inputs. */
  inputs: Record<string, string>;
};

/**
 * Everything a page's HTML is rendered from: its address, status, head links and data. The data is
 * named by the digests of the files it is published in (the manifest makes both from the same
 * objects, and a test holds them equal): stringifying it again would cost more than the whole
 * comparison saves (190 MB at 10,000 stories).
 */
function pageDigest(page: ManifestPage, files: Record<string, string>): string {
  const data = page.dataFiles.map((path) => files[path] ?? path);
  return digestOf(
    JSON.stringify([
      page.route,
      page.status,
      page.kind,
      page.lang,
      page.queries.map(({ queryKey }) => queryKey),
      data,
      page.links,
    ]),
  );
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A digest of the code inputs under `root`, by path and content. */
export function codeDigest(root = '.'): string {
  const files = CODE_INPUTS.flatMap((input) => filesUnder(join(root, input))).sort();
  return digestOfEach(files.flatMap((file) => [file, readFileSync(file)]));
}

/**
 * The digest of each of `manifest`'s files: made from its text, one file at a time (made, digested and let go), but
 * where the file's inputs are those it had in `previous`: then its text is too, and so is its digest.
 */
function fileDigests(manifest: EditionManifest, previous?: BuildState): Record<string, string> {
  const unchanged = (path: string) => {
    const inputs = manifest.inputs.get(path);
    return inputs !== undefined && previous?.inputs[path] === inputs ? previous.files[path] : undefined;
  };
  return Object.fromEntries([...manifest.files].map(([path, text]) => [path, unchanged(path) ?? digestOf(text())]));
}

/**
 * What a build knows of the edition of `manifest`; `previous`, the state of the edition a publish starts from, spares
 * making again the files whose inputs are unchanged.
 */
export function buildState(
  manifest: EditionManifest,
  { code, origin, compressed }: Pick<BuildState, 'code' | 'origin' | 'compressed'>,
  chunks: FirstViewChunks,
  previous?: BuildState,
): BuildState {
  const files = fileDigests(manifest, previous);
  const pages = Object.fromEntries(
    manifest.pages.flatMap((page) => (page.htmlFile ? [[page.htmlFile, pageDigest(page, files)]] : [])),
  );
  return {
    code,
    origin,
    compressed,
    chunks: { entry: chunks.entry, common: chunks.common, byKind: chunksByKind(chunks), assets: chunks.assets },
    pages,
    files,
    inputs: Object.fromEntries(manifest.inputs),
  };
}

/**
 * The stamp of the edition `state` describes (what the browser checks, see src/content-api/edition.ts):
 * a digest of its entry chunk and of every page's and file's digest, in path order, so that a full
 * build and a publish of the same edition stamp it alike.
 */
export function editionStamp(state: BuildState): EditionStamp {
  const digests = [state.pages, state.files].flatMap((record) =>
    Object.keys(record)
      .sort()
      .flatMap((path) => [path, record[path] ?? '']),
  );
  return { edition: digestOfEach([state.chunks.entry, ...digests]), code: state.chunks.entry };
}

/** The chunks a build named, as prerendering asks for them. */
export const savedChunks = ({ chunks }: BuildState): FirstViewChunks => ({
  entry: chunks.entry,
  common: chunks.common,
  byKind: (kind) => chunks.byKind[kind],
  assets: chunks.assets,
});

export function writeBuildState(outDir: string, state: BuildState): void {
  mkdirSync(dirname(join(outDir, BUILD_STATE)), { recursive: true });
  writeFileSync(join(outDir, BUILD_STATE), `${JSON.stringify(state)}\n`);
}

export function readBuildState(dir: string): BuildState | undefined {
  const file = join(dir, BUILD_STATE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildState) : undefined;
}
