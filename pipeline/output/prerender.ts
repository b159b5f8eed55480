import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { prerenderStateScript } from '../../src/app/prerenderState.ts';
import type { Prerendered, PageToRender } from '../../src/app/entry-server.tsx';
import { headHtml } from '../../src/shared/head.ts';
import {
  embeddedStringsPattern,
  embeddedStringsScript,
  FAILURE_STRINGS,
  type EmbeddedStrings,
} from '../../src/i18n/embeddedStrings.ts';
import { interfaceStringsOf } from '../edition/interfaceStrings.ts';
import type { ManifestPage } from '../edition/manifest.ts';
import { chunksByKind, type FirstViewChunks } from '../bundle/firstViewChunks.ts';
import { withFirstViewChunks } from '../bundle/firstPaint.ts';
import { DOCUMENT_STATE } from '../../src/shared/documentState.ts';
import type { PrerenderStart } from './prerenderWorker.ts';
import { runJobs } from './workerPool.ts';

// Writes the static HTML of every page the manifest gives a file: the head and the page itself, so
// that crawlers, link previews and the first paint need no JavaScript. The browser then takes the
// page over with the data it was rendered from (embedded beside it).

export type Render = (page: PageToRender, origin: string) => Promise<Prerendered>;

/**
 * A front page's file says which page it holds, a search page's that it holds no query: the early
 * script hides either when the URL asks for another page or for results.
 */
function htmlAttributes(page: Pick<ManifestPage, 'kind' | 'lang'>): string {
  if (page.kind === 'front-page') return `lang="${page.lang}" ${DOCUMENT_STATE.page}="1"`;
  if (page.kind === 'search') return `lang="${page.lang}" ${DOCUMENT_STATE.q}=""`;
  return `lang="${page.lang}"`;
}

/** A page's own language's strings, and of every other what a page says when it cannot load. */
function pageStrings(lang: Lang): EmbeddedStrings {
  const failureStrings = (other: Lang) =>
    Object.fromEntries(FAILURE_STRINGS.map((key) => [key, interfaceStringsOf(other)[key]]));
  return Object.fromEntries(
    LANGS.map((l) => [
      l,
      l === lang ? { strings: interfaceStringsOf(l), all: true } : { strings: failureStrings(l), all: false },
    ]),
  );
}

function pageHtml(template: string, page: PageToWrite, rendered: Prerendered, chunks: PageChunks): string {
  return (
    withFirstViewChunks(template, chunks.entry, chunks.byKind[page.kind])
      .replace(/<html lang="[a-z]+">/, `<html ${htmlAttributes(page)}>`)
      .replace(/<meta name="description"[^>]*>\s*/, '')
      // The shell's word for a reader without JavaScript, which a page written out needs not.
      .replace(/<noscript data-shell>[\s\S]*?<\/noscript>\s*/, '')
      .replace(/<title>[^<]*<\/title>/, headHtml(rendered.head))
      .replace(
        '<div id="root"></div>',
        `<div id="root">${rendered.html}</div>\n    ${prerenderStateScript(rendered.state)}`,
      )
      // The shell carries every language's strings; a page needs only its own.
      .replace(embeddedStringsPattern(), embeddedStringsScript(pageStrings(page.lang)))
  );
}

/** Puts every language's interface strings into the app shell (dist/index.html), the template of every page. */
export function embedShellStrings(outDir: string): void {
  const file = join(outDir, 'index.html');
  const shell = readFileSync(file, 'utf8');
  const strings = embeddedStringsScript(
    Object.fromEntries(LANGS.map((lang) => [lang, { strings: interfaceStringsOf(lang), all: true }])),
  );
  if (!shell.includes('<div id="root"></div>')) throw new Error(`${file} has no empty #root`);
  writeFileSync(file, shell.replace('<div id="root"></div>', `<div id="root"></div>\n    ${strings}`));
}

/** Pages handed to a worker at a time; an edition with no more is rendered in the build's own thread. */
const PRERENDER_BATCH = 200;

/** The batch size: KIOSQUE_PRERENDER_BATCH (the tests' small editions ask for a few pages, to use the workers). */
function prerenderBatch(): number {
  const setting = Number(process.env.KIOSQUE_PRERENDER_BATCH);
  return Number.isInteger(setting) && setting > 0 ? setting : PRERENDER_BATCH;
}

const PRERENDER_WORKER = new URL('./prerenderWorker.ts', import.meta.url);

function batches<T>(items: T[], size: number): T[][] {
  const cut: T[][] = [];
  for (let at = 0; at < items.length; at += size) cut.push(items.slice(at, at + size));
  return cut;
}

/** The chunks each kind of page names, as a worker thread can be handed them. */
export type PageChunks = { entry: string; byKind: Record<ManifestPage['kind'], string[]> };

export const pageChunks = (chunks: FirstViewChunks): PageChunks => ({
  entry: chunks.entry,
  byKind: chunksByKind(chunks),
});

/** What every page of one build is written with: the app shell, the site and the chunks. */
export type PageContext = { outDir: string; template: string; origin: string; chunks: PageChunks };

/** A page that prerendering writes a file for. */
export type HtmlPage = ManifestPage & { htmlFile: string };

/** A page as it is rendered and written, its data made: what a worker is handed. */
export type PageToWrite = Pick<HtmlPage, 'route' | 'status' | 'kind' | 'lang' | 'htmlFile'> & {
  queries: PageToRender['queries'];
};

/** `page` with its data made: pages are made a batch at a time, so that the build never holds every page's data. */
const pageToWrite = ({ route, status, kind, lang, htmlFile, queries }: HtmlPage): PageToWrite => ({
  route,
  status,
  kind,
  lang,
  htmlFile,
  queries: queries.map(({ queryKey, data }) => ({ queryKey, data: data() })),
});

/** Renders `page` with `render` (the app's server entry) and writes its file. */
export async function writePage(page: PageToWrite, render: Render, context: PageContext): Promise<void> {
  const file = join(context.outDir, page.htmlFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pageHtml(context.template, page, await render(page, context.origin), context.chunks));
}

/** Loads the server entry's `prerender` from its module's address. */
export async function loadRender(entry: string): Promise<Render> {
  const { prerender } = (await import(entry)) as { prerender: Render };
  return prerender;
}

/**
 * Renders every page the manifest gives a file with the server entry at `entry` (a module's address) into `outDir`;
 * returns how many it wrote. A large edition is rendered on every core, in batches (workerPool.ts).
 */
export async function prerenderPages(
  pages: ManifestPage[],
  entry: string,
  outDir: string,
  origin: string,
  chunks: FirstViewChunks,
): Promise<number> {
  const context = {
    outDir,
    template: readFileSync(join(outDir, 'index.html'), 'utf8'),
    origin,
    chunks: pageChunks(chunks),
  };
  const htmlPages = pages.filter((page): page is HtmlPage => page.htmlFile !== undefined);
  const batch = prerenderBatch();
  if (htmlPages.length > batch) {
    const start: PrerenderStart = { entry, context };
    const written = await runJobs<HtmlPage[], number>(PRERENDER_WORKER, start, batches(htmlPages, batch), (pages) =>
      pages.map(pageToWrite),
    );
    return written.reduce((sum, count) => sum + count, 0);
  }
  const render = await loadRender(entry);
  for (const page of htmlPages) await writePage(pageToWrite(page), render, context);
  return htmlPages.length;
}
