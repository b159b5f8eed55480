import { spawnSync } from 'node:child_process';
import { buildArgs } from '../buildCommand.ts';
import { scratchDir } from './scratch.ts';

export type BuiltEdition = { dir: string; seconds: number; searchSeconds: number };

/** Builds an edition with the project's build (prerendering included) for `origin`; returns its folder and the build's wall time. */
export function timedBuild(origin: string, contentRoot?: string, from?: string): BuiltEdition & { log: string } {
  const dir = scratchDir('edition');
  const started = performance.now();
  // Synthetic editions are only served by vite preview here, which compresses nothing: no twins.
  // Run as a deploy runs it (scripts/buildCommand.ts).
  const result = spawnSync(
    process.execPath,
    buildArgs(['--outDir', dir, '--verbose', ...(contentRoot ? ['--no-precompress'] : []), ...(from ? ['--from', from] : [])]),
    {
      env: { ...process.env, KIOSQUE_SITE_URL: origin, ...(contentRoot ? { KIOSQUE_CONTENT: contentRoot } : {}) },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  // The build says how long the search index took: `search: indexed … (12.3 s)`.
  const searchSeconds = Number(/^search: .*\(([\d.]+) s\)$/m.exec(result.stdout)?.[1] ?? Number.NaN);
  return { dir, seconds: (performance.now() - started) / 1000, searchSeconds, log: result.stdout };
}
