import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export type Size = { files: string[]; raw: number; gzip: number; brotli: number };

/** The JavaScript an HTML page loads before anything else: its module script and every modulepreload. */
export function initialJs(distDir: string, htmlFile = 'index.html'): Size {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  return files.reduce<Size>(
    (total, file) => {
      const bytes = readFileSync(join(distDir, file.replace(/^\//, '')));
      return {
        files: [...total.files, file],
        raw: total.raw + bytes.length,
        gzip: total.gzip + gzipSync(bytes, { level: 9 }).length,
        brotli: total.brotli + brotliCompressSync(bytes).length,
      };
    },
    { files: [], raw: 0, gzip: 0, brotli: 0 },
  );
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
