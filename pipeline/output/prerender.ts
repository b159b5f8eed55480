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
import type { FirstViewChunks } from '../bundle/firstViewChunks.ts';
import { withFirstViewChunks } from '../bundle/firstPaint.ts';
import { DOCUMENT_STATE } from '../../src/shared/documentState.ts';

// Writes the static HTML of every page the manifest gives a file: the head and the page itself, so
// that crawlers, link previews and the first paint need no JavaScript. The browser then takes the
// page over with the data it was rendered from (embedded beside it).

export type Render = (page: PageToRender, origin: string) => Promise<Prerendered>;

/**
 * A front page's file says which page it holds, a search page's that it holds no query: the early
 * script hides either when the URL asks for another page or for results.
 */
function htmlAttributes(page: ManifestPage): string {
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

function pageHtml(template: string, page: ManifestPage, rendered: Prerendered, chunks: FirstViewChunks): string {
  return (
    withFirstViewChunks(template, chunks.entry, chunks.byKind(page.kind))
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

/** Renders each page with `render` (the app's server entry) into `outDir`; returns how many it wrote. */
export async function prerenderPages(
  pages: ManifestPage[],
  render: Render,
  outDir: string,
  origin: string,
  chunks: FirstViewChunks,
): Promise<number> {
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  let written = 0;
  for (const page of pages) {
    if (!page.htmlFile) continue;
    const file = join(outDir, page.htmlFile);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pageHtml(template, page, await render(page, origin), chunks));
    written += 1;
  }
  return written;
}
