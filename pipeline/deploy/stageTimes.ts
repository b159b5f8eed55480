import { readFileSync, writeFileSync } from 'node:fs';

// How long each stage of a build took, recorded as it runs: the build prints it (--verbose) and writes it for the
// benchmark (--stages), with the build's peak memory. Never into the edition: a publish and a full build of the same
// content write the same bytes (incrementalBuild.test.ts), and their times differ.

/** Seconds each stage took, by name, in the order they ran. */
export type StageTimes = Record<string, number>;

/** A stage both builds have, which the benchmark reports on its own. */
export const SEARCH_INDEX_STAGE = 'search index';

/** A full build's prerendering, which the benchmark reports in pages a second. */
export const PRERENDER_STAGE = 'prerender every page';

const secondsSince = (started: number): number => (performance.now() - started) / 1000;

const formatSeconds = (seconds: number): string => `${seconds.toFixed(1)} s`;

/** The time since `started` (a `performance.now()`), as the build prints it: `12.3 s`. */
export const timeSince = (started: number): string => formatSeconds(secondsSince(started));

/** A stage and its time, as the build and the benchmark print it. */
export const stageLine = (name: string, seconds: number): string => `${name}: ${formatSeconds(seconds)}`;

/** Runs `run` as the stage `name` of a build, and records how long it took. */
export type TimeStage = <T>(name: string, run: () => T | Promise<T>) => Promise<T>;

export type StageClock = {
  times: StageTimes;
  /** Ends the stage `name`, begun when the clock started or when the last stage before it ended. */
  lap: (name: string) => void;
  time: TimeStage;
};

/** A build's stages, recorded from now on; `ended` is given each stage's line as it ends. */
export function stageClock(ended: (line: string) => void): StageClock {
  const times: StageTimes = {};
  let begun = performance.now();
  const record = (name: string, seconds: number) => {
    times[name] = seconds;
    ended(stageLine(name, seconds));
    begun = performance.now();
  };
  return {
    times,
    lap: (name) => record(name, secondsSince(begun)),
    // Timed from its own start: stages may run side by side.
    async time(name, run) {
      const started = performance.now();
      const result = await run();
      record(name, secondsSince(started));
      return result;
    },
  };
}

/** What a build records for the benchmark: its stages' times, and the most memory it held (its worker threads' too). */
export type BuildRecord = { stages: StageTimes; peakMemoryMb: number };

/** Writes `times` and the build's peak memory so far (the most it resided in, worker threads included) to `file`. */
export function writeBuildRecord(file: string, times: StageTimes): void {
  const record: BuildRecord = { stages: times, peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
}

export function readBuildRecord(file: string): BuildRecord {
  return JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
}
