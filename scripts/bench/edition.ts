import { spawnSync } from 'node:child_process';
import { buildArgs } from '../buildCommand.ts';
import { readBuildRecord, type StageTimes } from '../../pipeline/deploy/stageTimes.ts';
import { scratchDir } from './scratch.ts';

/** A built edition: its folder, the build's wall time, how long each of its stages took and its peak memory. */
export type BuiltEdition = { dir: string; seconds: number; stages: StageTimes; peakMemoryMb: number };

/**
 * Builds an edition with the project's build (prerendering included) for `origin`: its folder and its times.
 * Synthetic editions are only served by vite preview here, which compresses nothing: they get the `.br` and `.gz`
 * twins a deploy writes only when `twins` asks for them.
 */
export function timedBuild(
  origin: string,
  contentRoot?: string,
  { from, twins = !contentRoot }: { from?: string; twins?: boolean } = {},
): BuiltEdition & { log: string } {
  const dir = scratchDir('edition');
  const stagesFile = `${dir}.stages.json`;
  const options = [...(twins ? [] : ['--no-precompress']), ...(from ? ['--from', from] : [])];
  const env = { ...process.env, KIOSQUE_SITE_URL: origin, ...(contentRoot ? { KIOSQUE_CONTENT: contentRoot } : {}) };
  const started = performance.now();
  // Run as a deploy runs it (scripts/buildCommand.ts).
  const result = spawnSync(process.execPath, buildArgs(['--outDir', dir, '--stages', stagesFile, ...options]), {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  const { stages, peakMemoryMb } = readBuildRecord(stagesFile);
  return { dir, seconds: (performance.now() - started) / 1000, stages, peakMemoryMb, log: result.stdout };
}
