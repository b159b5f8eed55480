import { loadRender, writePage, type PageContext, type PageToWrite, type Render } from './prerender.ts';
import { answerJobs } from './workerPool.ts';

// A prerendering worker (prerender.ts): renders each batch of pages it is handed and writes their files.

export type PrerenderStart = { entry: string; context: PageContext };

let render: Promise<Render> | undefined;

answerJobs(async (pages: PageToWrite[], { entry, context }: PrerenderStart) => {
  render ??= loadRender(entry);
  const renderPage = await render;
  for (const page of pages) await writePage(page, renderPage, context);
  return pages.length;
});
