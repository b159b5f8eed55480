import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANG, searchWords } from '../../src/i18n/languages.ts';
import type { EditionStamp } from '../../src/content-api/edition.ts';
import { inlineCode } from '../bundle/firstPaint.ts';
import type { EditionManifest } from '../edition/manifest.ts';

// What the production server's configuration (deploy/nginx/) takes from the build, written into
// dist/.server/ (which the server never serves): the map of other-language slugs to redirect, and
// the Content-Security-Policy with the hashes of the inline script and stylesheet, and the edition's
// stamp, which every answer names (Server-Timing) so that a page knows which edition it is.

/** The directory, inside the build, that holds the server's build-dependent configuration. */
export const SERVER_DIR = '.server';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A strict policy: scripts and styles from this origin, and the pages' inline ones by hash only; no plugins, no
 * framing.
 */
export function contentSecurityPolicy(inline: { scripts: string[]; styles: string[] }): string {
  return [
    "default-src 'self'",
    // Search runs Pagefind's WebAssembly: compiling it needs 'wasm-unsafe-eval' (which allows no JavaScript eval).
    ["script-src 'self' 'wasm-unsafe-eval'", ...inline.scripts.map(sha256)].join(' '),
    ["style-src 'self'", ...inline.styles.map(sha256)].join(' '),
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** nginx `map` entries: each other-language slug's address and the address it moves to. */
export function redirectMap(manifest: EditionManifest): string {
  return manifest.redirects.map(({ from, to }) => `${from} ${to};\n`).join('');
}

/**
 * nginx locations: under each language's path, an unknown address gets that language's prerendered
 * not-found page; anywhere else (an unknown language too), the default language's. A search with
 * no language (`/search?q=…`, from a bookmark or another site) gets the app shell, as `/` does,
 * which leads the reader to their language's search page, the query kept.
 */
export function languageLocations(manifest: EditionManifest): string {
  const pages = manifest.pages.filter((page) => page.kind === 'not-found' && page.htmlFile);
  const fallback = pages.find((page) => page.lang === DEFAULT_LANG) ?? pages[0];
  const lines = pages.map(
    ({ lang, htmlFile }) =>
      `location /${lang}/ {\n  error_page 404 /${htmlFile};\n  try_files $uri $uri.html $uri/index.html =404;\n}\n`,
  );
  const searches = searchWords().map((word) => `location = /${word} {\n  try_files /index.html =404;\n}\n`);
  return `${fallback ? `error_page 404 /${fallback.htmlFile};\n` : ''}${lines.join('')}${searches.join('')}`;
}

/** The files the build writes into SERVER_DIR. */
export const SERVER_FILES = ['csp.conf', 'redirects.map', 'languages.conf', 'edition.conf'] as const;

export function writeServerConfig(outDir: string, manifest: EditionManifest, stamp: EditionStamp): void {
  const dir = join(outDir, SERVER_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'redirects.map'), redirectMap(manifest));
  writeFileSync(join(dir, 'languages.conf'), languageLocations(manifest));
  // Every page is the shell filled in, so the shell's inline code is every page's.
  const inline = inlineCode(readFileSync(join(outDir, 'index.html'), 'utf8'));
  writeFileSync(join(dir, 'csp.conf'), `set $kiosque_csp "${contentSecurityPolicy(inline)}";\n`);
  writeFileSync(join(dir, 'edition.conf'), `set $kiosque_edition "${stamp.edition}";\n`);
}
