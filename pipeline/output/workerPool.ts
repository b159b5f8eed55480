import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';

// Work a build spreads over every core: worker threads, one per core, each handed one job at a time as it finishes the
// last, so that a worker holds one job's data, never the whole edition, and a slow job holds up no other worker.
// The build's side is runJobs; a worker's module answers with answerJobs.

/** What the build sends a worker: a job, or that there is no more. */
type ToWorker<Job> = { job: Job } | { done: true };
/** What a worker answers: a job's result, or why it failed. */
type FromWorker<Result> = { result: Result } | { failed: string };

/**
 * Starts a worker's TypeScript module with tsx, as the build itself runs: Node 20 gives a worker no `--import` hooks
 * for its own entry, so a line of JavaScript registers them and loads it.
 */
const workerScript = (
  module: URL,
) => `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
  register();
  return import(${JSON.stringify(module.href)});
});`;

/**
 * A worker's young generation, as large as the build's own (scripts/buildCommand.ts: semi-spaces of 64 MB, three of
 * which make it): with a worker's default, 3,000 pages took a fifth longer to render.
 */
const YOUNG_GENERATION_MB = 192;

/** Runs one worker until no job is left, putting each result at its job's place. */
function runWorker<Result>(
  module: URL,
  start: unknown,
  next: () => [number, unknown] | undefined,
  results: Result[],
): Promise<void> {
  const worker = new Worker(workerScript(module), {
    eval: true,
    workerData: start,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  let current = -1;
  const handOver = () => {
    const [at, job] = next() ?? [-1];
    current = at;
    worker.postMessage((at < 0 ? { done: true } : { job }) satisfies ToWorker<unknown>);
  };
  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker<Result>) => {
      if ('failed' in message) {
        reject(new Error(message.failed));
        void worker.terminate();
        return;
      }
      results[current] = message.result;
      handOver();
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`a worker of ${module.pathname} exited with ${code}`)),
    );
    handOver();
  });
}

/**
 * Runs every job in workers of `module` (which calls answerJobs), as many as there are cores and no more than jobs;
 * `start` is what each worker is given once, and `send` makes what a worker is sent of a job as it is handed over (the
 * build holds no more than the jobs in hand). Resolves with the results in the jobs' order, or rejects with the first
 * failure.
 */
export async function runJobs<Job, Result>(
  module: URL,
  start: unknown,
  jobs: Job[],
  send: (job: Job) => unknown = (job) => job,
): Promise<Result[]> {
  const results: Result[] = [];
  let taken = 0;
  const next = (): [number, unknown] | undefined =>
    taken < jobs.length ? [taken, send(jobs[taken++] as Job)] : undefined;
  const workers = Math.min(availableParallelism(), jobs.length);
  await Promise.all(Array.from({ length: workers }, () => runWorker(module, start, next, results)));
  return results;
}

/**
 * In a worker of runJobs: answers each job with `run`, given what the worker was started with, and ends when there is
 * no more, once `finish` has let go of what would keep it running.
 */
export function answerJobs<Start, Job, Result>(
  run: (job: Job, start: Start) => Promise<Result>,
  finish: () => Promise<unknown> = async () => undefined,
): void {
  const port = parentPort;
  if (!port) throw new Error('answerJobs runs in a worker thread');
  const start = workerData as Start;
  port.on('message', (message: ToWorker<Job>) => {
    if ('done' in message) {
      void finish().then(() => port.close());
      return;
    }
    run(message.job, start).then(
      (result) => port.postMessage({ result } satisfies FromWorker<Result>),
      (error: unknown) =>
        port.postMessage({
          failed: error instanceof Error ? error.message : String(error),
        } satisfies FromWorker<Result>),
    );
  });
}
