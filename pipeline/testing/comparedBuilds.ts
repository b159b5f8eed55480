import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { buildArgs } from '../../scripts/buildCommand.ts';
import { KEPT_STORIES_FILE, KEPT_TALLIES_FILES, readKeptWork } from '../deploy/keptWork.ts';

// Builds run as the build command runs them, in a work folder, and their outputs compared file by file: the tests of
// incremental publishing (pipeline/deploy/incrementalBuild*.test.ts) hold a publish to a full build's bytes.

export type BuildOptions = { site?: string; searchParts?: string; contentRoot: string; twins?: boolean };

export function comparedBuilds() {
  const work = mkdtempSync(join(tmpdir(), 'kiosque-incremental-'));

  /** Where a build's stages are written: beside its edition, never in it. */
  const stagesOf = (outDir: string) => join(work, `${outDir}.stages.json`);

  /** Builds `outDir` (from the edition `from`, when given) and returns what the build printed. */
  function build(
    outDir: string,
    from: string | undefined,
    { site = '', searchParts = '', contentRoot, twins = true }: BuildOptions,
  ) {
    const options = [...(from ? ['--from', join(work, from)] : []), ...(twins ? [] : ['--no-precompress'])];
    const args = buildArgs(['--outDir', join(work, outDir), '--stages', stagesOf(outDir), ...options]);
    const env = {
      ...process.env,
      KIOSQUE_CONTENT: contentRoot,
      KIOSQUE_SITE_URL: site,
      KIOSQUE_SEARCH_PARTS: searchParts,
      // Batches of a few pages: a full build of these small editions renders on every core, as a large one does.
      KIOSQUE_PRERENDER_BATCH: '4',
    };
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  }

  /**
   * Every file under the build `dir` with a digest of its bytes, and every empty folder; the kept word tallies, whose
   * words a publish numbers as it met them, by a digest of each version's words and counts; the kept stories without
   * the time they were read.
   */
  function tree(dir: string): Record<string, string> {
    const root = join(work, dir);
    const digest = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
    return Object.fromEntries(
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() || isEmptyFolder(entry))
        .map((entry) => [entry.isFile(), relative(root, join(entry.parentPath, entry.name))] as const)
        .map(([isFile, path]): [string, string] => [path, isFile ? digest(comparable(root, path)) : 'an empty folder'])
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }

  return { work, stagesOf, build, tree };
}

const isEmptyFolder = (entry: Dirent) =>
  entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).length === 0;

/** What of the file at `path` in the build `root` a publish must make as a full build does. */
function comparable(root: string, path: string): Buffer | string {
  if (KEPT_TALLIES_FILES.includes(path)) return keptTalliesInWords(root);
  if (path === KEPT_STORIES_FILE) return JSON.stringify([...(readKeptWork(root)?.stories.byFolder ?? [])]);
  return readFileSync(join(root, path));
}

/** The kept tallies of the build in `root`, each version's words spelt out with their counts, in version order. */
function keptTalliesInWords(root: string): string {
  const kept = readKeptWork(root)?.tallies;
  if (!kept) return 'none';
  const versions = [...kept.byVersion].map(([version, { words, counts }]) => [
    version,
    [...words].map((word, at) => `${kept.words[word]}:${counts[at]}`),
  ]);
  return JSON.stringify(versions);
}
