import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export type Size = { files: string[]; raw: number; gzip: number; brotli: number };

const NONE: Size = { files: [], raw: 0, gzip: 0, brotli: 0 };

/** A file's size, raw and compressed as the server sends it. */
export function measureFile(file: string): Size {
  return measure(file, readFileSync(file));
}

function measure(name: string, bytes: Buffer): Size {
  return {
    files: [name],
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  };
}

function add(a: Size, b: Size): Size {
  return { files: [...a.files, ...b.files], raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const assetPath = (distDir: string, href: string) => join(distDir, href.replace(/^\//, ''));

function referenced(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

/**
 * The JavaScript a page loads first: its module scripts and modulepreloads, or the entry and the
 * chunks its loader requests after the first paint (pipeline/bundle/firstPaint.ts).
 */
export function initialJs(distDir: string, htmlFile: string): Size {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const files = [
    ...referenced(
      html,
      /<(?:script[^>]*type="module"[^>]*src|script[^>]*data-app-bundle|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g,
    ),
    ...referenced(html, /data-app-chunks="([^"]*)"/g).flatMap((list) => list.split(' ').filter(Boolean)),
  ];
  return files.reduce((total, file) => add(total, measure(file, readFileSync(assetPath(distDir, file)))), NONE);
}

/** Everything the first view of a page transfers: the HTML, its stylesheets and its initial JavaScript. */
export function pageTransfer(distDir: string, htmlFile: string): Size {
  const html = readFileSync(join(distDir, htmlFile));
  const css = referenced(html.toString('utf8'), /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const styles = css.reduce((total, file) => add(total, measure(file, readFileSync(assetPath(distDir, file)))), NONE);
  return add(add(measure(htmlFile, html), styles), initialJs(distDir, htmlFile));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
