import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { close, createIndex } from 'pagefind';
import { manifestFromContent } from '../../pipeline/edition/manifestFromContent.ts';
import { searchRecords } from '../../pipeline/output/searchIndex.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { gzipBytes } from './search.ts';

// What the index's parts cost a reader's first query, against the one index per language Kiosque
// published before: the same French records as one Pagefind bundle, written beside the edition
// (never published), and the same query asked of each from a fresh visit, in the engine alone.

/** The reference bundle's folder, beside the edition's own. */
const ONE_INDEX = 'bench-one-index/fr/';

/** Writes the edition's French records as one Pagefind bundle under `dir`. */
export async function writeOneIndex(contentRoot: string, origin: string, dir: string): Promise<void> {
  const { pages } = manifestFromContent(contentRoot, origin);
  const { index } = await createIndex({});
  if (!index) throw new Error('pagefind: no index');
  try {
    for (const { record } of searchRecords(pages, 'fr')) await index.addCustomRecord(record);
    for (const { path, content } of (await index.getFiles()).files) {
      mkdirSync(dirname(join(dir, ONE_INDEX, path)), { recursive: true });
      writeFileSync(join(dir, ONE_INDEX, path), content);
    }
  } finally {
    await close();
  }
}

/** Bytes one query fetches from a fresh visit, with the parts (as the app asks) or from the one index. */
async function engineBytes(
  browser: Browser,
  origin: string,
  dir: string,
  query: string,
  parts: boolean,
): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const fetched = new Set<string>();
    const base = parts ? '/pagefind/fr/' : `/${ONE_INDEX}`;
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(base)) fetched.add(path);
    });
    await page.goto(`${origin}/robots.txt`);
    await page.evaluate(
      async ({ base, parts, query }) => {
        type Engine = {
          options: (options: object) => Promise<void>;
          mergeIndex: (path: string, options: object) => Promise<void>;
          search: (query: string, options?: object) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
        };
        document.documentElement.lang = 'fr';
        const library = `${base}pagefind.js`;
        const engine = (await import(/* @vite-ignore */ library)) as Engine;
        await engine.options({ basePath: base, excerptLength: 24 });
        let options = {};
        if (parts) {
          const list = (await (await fetch(`${base}parts.json`)).json()) as { path: string; filter: string }[];
          await Promise.all(
            list.map((part) =>
              engine.mergeIndex(`${base}${part.path}`, { language: 'fr', mergeFilter: { part: part.filter } }),
            ),
          );
          options = { filters: { part: { any: list.map((part) => part.filter) } } };
        }
        // Every part at once: a query the newest stories do not answer, which fetches the most.
        const { results } = await engine.search(query, options);
        await Promise.all(results.slice(0, 20).map((result) => result.data()));
      },
      { base, parts, query },
    );
    return [...fetched].reduce((total, path) => total + gzipBytes(dir, path), 0);
  } finally {
    await context.close();
  }
}

/** First-query bytes for each of `queries`, with parts and with one index, asked in turn. */
export async function partsAgainstOneIndex(
  origin: string,
  dir: string,
  queries: string[],
): Promise<{ parts: number[]; one: number[] }> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const figures = { parts: [] as number[], one: [] as number[] };
    for (const query of queries) {
      figures.parts.push(await engineBytes(browser, origin, dir, query, true));
      figures.one.push(await engineBytes(browser, origin, dir, query, false));
    }
    return figures;
  } finally {
    await browser.close();
  }
}
