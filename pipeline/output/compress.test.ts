import { linkSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressFiles } from './compress.ts';

const page = '<!doctype html><p>Le ministre de l’Intérieur s’entretient avec son homologue finlandais.</p>'.repeat(40);

describe('compressFiles', () => {
  it('writes twins that a browser decompresses to the very bytes, for a page and an asset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-compress-'));
    mkdirSync(join(dir, 'assets'));
    const files = [join(dir, 'page.html'), join(dir, 'assets', 'app-abc.js')];
    for (const file of files) writeFileSync(file, page);
    await compressFiles(files);
    for (const file of files) {
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page);
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page);
      expect(readFileSync(`${file}.br`).length).toBeLessThan(page.length / 4);
    }
  });

  it('replaces a twin that is a hard link to the live edition’s, never writing through it', async () => {
    const live = mkdtempSync(join(tmpdir(), 'kiosque-live-'));
    const next = mkdtempSync(join(tmpdir(), 'kiosque-next-'));
    writeFileSync(join(live, 'page.html.br'), 'the live twin');
    linkSync(join(live, 'page.html.br'), join(next, 'page.html.br'));
    writeFileSync(join(next, 'page.html'), page);
    await compressFiles([join(next, 'page.html')]);
    expect(readFileSync(join(live, 'page.html.br'), 'utf8')).toBe('the live twin');
    expect(brotliDecompressSync(readFileSync(join(next, 'page.html.br'))).toString()).toBe(page);
  });
});
