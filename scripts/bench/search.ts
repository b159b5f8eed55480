import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';
import { appTakesOver } from '../appTakesOver.ts';
import { stats } from './browser.ts';
import { syntheticName } from './syntheticEdition.ts';

// Search at scale, in Chromium: what one query costs in bytes on a first visit (Pagefind's library,
// its WebAssembly, the index chunks and the fragments of the results shown, and the search page's
// own code), and how long a query takes once the engine is started.

/**
 * Queries on a synthetic edition of `stories`. Names are what readers search for and are rare, as in real
 * news: each story names one; these are 50 spread over the archive (at 10,000 stories, those of stories 97, 294…).
 * The edition's common words are in nearly every story (its vocabulary is 25 words a language): a worst case no
 * real edition has, printed beside.
 */
export const nameQueries = (stories: number) =>
  Array.from({ length: 50 }, (_, index) => syntheticName(Math.floor(((97 + index * 197) * stories) / 10_000)));

export const COMMON_QUERIES = [
  'ministre',
  'minister',
  'coopération',
  'cooperation',
  'securite',
  'security',
  'frontière',
  'border',
  'réforme',
  'reform',
  'stratégie',
  'strategy',
  'jeunesse',
  'youth',
  'université',
  'university',
  'économie',
  'economy',
  'dialogue',
  'accord',
  'agreement',
  'rencontre',
  'meeting',
  'partenaires',
  'partners',
  'développement',
  'development',
  'projet',
  'project',
  'échange',
  'exchange',
  'culture',
  'région',
  'region',
  'pays',
  'country',
  'synthétique',
  'synthetic',
  'dépêche',
  'dispatch',
  'minis',
  'coop',
  'secu',
  'strat',
  'univ',
  'ministre coopération',
  'security border',
  'réforme jeunesse',
  'youth exchange',
  'accord région',
];

/**
 * Bytes a file travels in, gzip: Pagefind's chunks and WebAssembly are compressed already, the rest is gzipped here.
 */
export function gzipBytes(dir: string, path: string): number {
  const file = join(dir, path);
  if (!existsSync(file)) return 0;
  const bytes = readFileSync(file);
  return /\.(js|json)$/.test(path) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
}

/** Bytes fetched to answer one query from a fresh visit to the search page: the search code and index only. */
async function firstQueryBytes(browser: Browser, origin: string, dir: string, query: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const fetched = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/') || /\/assets\/searchRoute-/.test(path)) fetched.add(path);
    });
    await page.goto(`${origin}/fr/recherche?q=${encodeURIComponent(query)}`);
    await appTakesOver(page);
    await page.getByRole('main').getByRole('listitem').first().waitFor();
    await page.waitForLoadState('networkidle');
    return [...fetched].reduce((total, path) => total + gzipBytes(dir, path), 0);
  } finally {
    await context.close();
  }
}

/** Where the bench's page finds the app's search module: an address of the served origin, answered from memory. */
const SEARCH_MODULE = '/bench/search.js';

/**
 * The app's own search (src/features/search/pagefind.ts) as one module for the page: the bench asks what readers'
 * searches ask.
 */
async function appSearchModule(): Promise<string> {
  const { build } = await import('vite');
  const built = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'src/features/search/pagefind.ts', formats: ['es'], fileName: 'search' },
    },
  });
  const [output] = Array.isArray(built) ? built : [built];
  const chunk = output && 'output' in output ? output.output.find((file) => file.type === 'chunk') : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('the search module was not built');
  return chunk.code;
}

/**
 * Milliseconds per query, engine started: the app's `findStories`, as the search page calls it.
 * Each query is asked twice: first as a reader's new query (the index chunks and result fragments it
 * needs are fetched), then again with everything fetched (the engine's own time).
 */
async function queryTimes(
  browser: Browser,
  origin: string,
  queries: string[],
): Promise<{ first: number[]; fetched: number[] }> {
  const page = await browser.newPage();
  const code = await appSearchModule();
  await page.route(`${origin}${SEARCH_MODULE}`, (route) =>
    route.fulfill({ body: code, contentType: 'text/javascript' }),
  );
  await page.goto(`${origin}/robots.txt`);
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ queries, module }) => {
      type Search = typeof import('../../src/features/search/pagefind.ts');
      const { findStories, RESULT_COUNT } = (await import(/* @vite-ignore */ module)) as Search;
      const times: number[] = [];
      for (const query of ['kiosque', ...queries, ...queries]) {
        const started = performance.now();
        await findStories('fr', query, RESULT_COUNT);
        times.push(performance.now() - started);
      }
      return { first: times.slice(1, queries.length + 1), fetched: times.slice(queries.length + 1) };
    },
    { queries, module: SEARCH_MODULE },
  );
}

type Figures = { bytes: number[]; times: ReturnType<typeof stats>; fetchedTimes: ReturnType<typeof stats> };

export type SearchFigures = { names: Figures; common: Figures };

/** Runs both measurements against `origin`, which serves the build in `dir`. */
export async function measureSearch(origin: string, dir: string, stories: number): Promise<SearchFigures> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const figures = async (queries: string[]): Promise<Figures> => {
      const bytes: number[] = [];
      for (const query of queries.slice(0, 3)) bytes.push(await firstQueryBytes(browser, origin, dir, query));
      const { first, fetched } = await queryTimes(browser, origin, queries);
      return { bytes, times: stats(first), fetchedTimes: stats(fetched) };
    };
    return { names: await figures(nameQueries(stories)), common: await figures(COMMON_QUERIES) };
  } finally {
    await browser.close();
  }
}
