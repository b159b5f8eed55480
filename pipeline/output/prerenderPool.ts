import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HtmlPage, PageContext } from './prerender.ts';

// A large edition's pages are rendered by worker threads, one per core, each handed a batch of pages at a time as it
// finishes the last: a worker holds one batch, never the edition, and a slow batch holds up no other worker.

/** Pages handed to a worker at a time; an edition with no more is rendered in the build's own thread. */
const PRERENDER_BATCH = 200;

/** The batch size: KIOSQUE_PRERENDER_BATCH (the tests' small editions ask for a few pages, to use the workers). */
export function prerenderBatch(): number {
  const setting = Number(process.env.KIOSQUE_PRERENDER_BATCH);
  return Number.isInteger(setting) && setting > 0 ? setting : PRERENDER_BATCH;
}

/** What the build sends a worker: a batch to render, or that there is no more. */
export type ToWorker = { pages: HtmlPage[] } | { done: true };
/** What a worker answers: a batch is written, or why it could not be. */
export type FromWorker = { written: number } | { failed: string };

export type WorkerStart = { entry: string; context: PageContext };

/**
 * Starts prerenderWorker.ts with tsx, as the build itself runs: Node 20 gives a worker no `--import` hooks for its own
 * entry, so a line of JavaScript registers them and loads it.
 */
const WORKER_SCRIPT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
  register();
  return import(${JSON.stringify(new URL('./prerenderWorker.ts', import.meta.url).href)});
});`;

function batches(pages: HtmlPage[], size: number): HtmlPage[][] {
  const cut: HtmlPage[][] = [];
  for (let at = 0; at < pages.length; at += size) cut.push(pages.slice(at, at + size));
  return cut;
}

/** Runs one worker until no batch is left: resolves with the pages it wrote. */
function runWorker(start: WorkerStart, next: () => HtmlPage[] | undefined): Promise<number> {
  const worker = new Worker(WORKER_SCRIPT, { eval: true, workerData: start });
  let written = 0;
  const handOver = () => {
    const pages = next();
    worker.postMessage((pages ? { pages } : { done: true }) satisfies ToWorker);
  };
  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      if ('failed' in message) {
        reject(new Error(message.failed));
        void worker.terminate();
        return;
      }
      written += message.written;
      handOver();
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve(written) : reject(new Error(`a prerendering worker exited with ${code}`)),
    );
    handOver();
  });
}

/** Renders `pages` on every core; resolves with how many were written, or rejects with the first failure. */
export async function renderOnEveryCore(pages: HtmlPage[], entry: string, context: PageContext): Promise<number> {
  const queue = batches(pages, prerenderBatch());
  const workers = Math.min(availableParallelism(), queue.length);
  const next = () => queue.shift();
  const written = await Promise.all(Array.from({ length: workers }, () => runWorker({ entry, context }, next)));
  return written.reduce((sum, count) => sum + count, 0);
}
