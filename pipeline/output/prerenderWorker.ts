import { parentPort, workerData } from 'node:worker_threads';
import { loadRender, writePage } from './prerender.ts';
import type { HtmlPage } from './prerender.ts';
import type { FromWorker, ToWorker, WorkerStart } from './prerenderPool.ts';

// One prerendering worker (prerenderPool.ts): renders each batch of pages it is handed, answers when it is written,
// and ends when told there is no more.

const { entry, context } = workerData as WorkerStart;
const render = await loadRender(entry);
const port = parentPort;
if (!port) throw new Error('prerenderWorker.ts runs as a worker thread');

port.on('message', (message: ToWorker) => {
  if ('done' in message) {
    port.close();
    return;
  }
  renderBatch(message.pages).then(
    (answer) => port.postMessage(answer),
    (error: unknown) =>
      port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies FromWorker),
  );
});

async function renderBatch(pages: HtmlPage[]): Promise<FromWorker> {
  for (const page of pages) await writePage(page, render, context);
  return { written: pages.length };
}
