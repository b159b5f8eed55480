import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from './chromium.ts';
import { writeSyntheticEdition } from './bench/syntheticEdition.ts';
import { clickInPlace, clickToPaint, stats } from './bench/browser.ts';
import { lighthouseMedian, type LighthouseBudget, type LighthouseFigures } from './bench/lighthouse.ts';
import { servePlain } from './bench/plainServer.ts';
import { floorInPage } from './bench/referencePages.ts';
import { libraryChunkGroups } from '../pipeline/bundle/chunks.ts';
import { measureResilience } from './bench/resilience.ts';
import { measureSearch } from './bench/search.ts';
import { initialJs, kb, pageTransfer, type Size } from './bench/sizes.ts';
import { appTakesOver } from './appTakesOver.ts';
import { loadContent } from '../pipeline/load.ts';
import { editionOrder } from '../pipeline/publish.ts';
import { RELATED_COUNT, relatedStories } from '../pipeline/relatedStories.ts';

// npm run bench [-- --runs 50] [--skip-lighthouse] [--skip-scale] [--sizes-only]
// Builds the edition and the stack's floor and prints the figures behind the README's budgets:
// sizes, click-to-paint latencies, Lighthouse (mobile, with the stack's floor for reference) and a
// 10,000-article scale run. Nothing here is a test: it prints numbers and flags a budget it misses.

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    'sizes-only': { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
const PORT = 4190;
const ORIGIN = `http://localhost:${PORT}`;
const SEED = 'ministre-interieur-examine-homologue-finlandais-moyens-renforcer';
const SEED_EN = 'interior-minister-discusses-finnish-counterpart-ways-strengthen';
const BUDGET = { overFloor: 10 * 1024, scaleFrontPage: 1024, searchBytes: 150 * 1024, searchP95Ms: 50 };

const missed: string[] = [];
const verdict = (ok: boolean, budget: string) => {
  if (!ok) missed.push(budget);
  return ok ? 'within budget' : 'OVER BUDGET';
};

/** Builds an edition with the project's build (prerendering included); returns its folder and the build's wall time. */
function buildEdition(contentRoot?: string): { dir: string; seconds: number; searchSeconds: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-bench-'));
  // Readable by nginx's workers, which do not run as the user who built it.
  chmodSync(dir, 0o755);
  const started = performance.now();
  // Synthetic editions are only served by vite preview here, which compresses nothing: no twins.
  const result = spawnSync('npx', ['tsx', 'scripts/build.ts', '--outDir', dir, '--quiet', ...(contentRoot ? ['--no-precompress'] : [])], {
    env: { ...process.env, KIOSQUE_SITE_URL: ORIGIN, ...(contentRoot ? { KIOSQUE_CONTENT: contentRoot } : {}) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  // The build says how long the search index took: `search: indexed … (12.3 s)`.
  const searchSeconds = Number(/^search: .*\(([\d.]+) s\)$/m.exec(result.stdout)?.[1] ?? Number.NaN);
  return { dir, seconds: (performance.now() - started) / 1000, searchSeconds };
}

/** The same libraries as Kiosque, each used once, rendering nothing of Kiosque's, with the same build options (one chunk per library). */
async function buildFloor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kiosque-floor-'));
  await build({
    root: join(import.meta.dirname, 'bench/floor'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false }, rolldownOptions: { output: { codeSplitting: { groups: libraryChunkGroups() } } } },
  });
  return outDir;
}

const sizeLine = (label: string, size: Size) => `  ${label.padEnd(30)} gzip ${kb(size.gzip).padStart(9)}   brotli ${kb(size.brotli).padStart(9)}   raw ${kb(size.raw).padStart(9)}`;

function reportSizes(dist: string, floor: Size) {
  console.log('\nInitial JavaScript (module script + modulepreloads of the prerendered page)');
  const front = initialJs(dist, 'fr/index.html');
  const article = initialJs(dist, `fr/articles/${SEED}.html`);
  console.log(sizeLine('front page /fr/', front));
  console.log(sizeLine('article first view', article));
  console.log(sizeLine('stack floor', floor));
  const over = Math.max(front.gzip, article.gzip) - floor.gzip;
  console.log(`  over the floor: gzip ${kb(over)} (${over} B), brotli ${kb(article.brotli - floor.brotli)} (budget ≤ ${kb(BUDGET.overFloor)} gzip): ${verdict(over <= BUDGET.overFloor, 'initial JS over floor')}`);
  const html = pageTransfer(dist, `fr/articles/${SEED}.html`);
  console.log(`  article first view, everything (HTML with the article, CSS, JS): gzip ${kb(html.gzip)}, brotli ${kb(html.brotli)}`);
}

function serve(dir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dir, '--port', String(PORT), '--strictPort'], { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(String(PORT)) && resolve(server));
    server.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
  });
}

const SWITCH_EN = 'nav a[hreflang="en"]';
const SWITCH_FR = 'nav a[hreflang="fr"]';
// Found by structure and roles, never by class: class names belong to the stylesheets.
const READ_ALSO_LINK = 'main aside[aria-labelledby] a';

/** Opens the seed article with an empty cache: its other language and its links are not prefetched. */
async function openUncached(page: Page) {
  // The idle prefetch is answered "not found": a failure the app does not retry, so that nothing
  // is in flight or cached when the click comes.
  await page.route('**/content/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const prefetched = page.waitForResponse((response) => response.url().includes(`/content/en/articles/${SEED_EN}.json`));
  await page.goto(`${ORIGIN}/fr/articles/${SEED}`);
  await appTakesOver(page);
  await prefetched;
  await page.unroute('**/content/**');
}

/** Click-to-paint of `selector` on a freshly opened seed article, `RUNS` times. */
async function measureUncached(page: Page, selector: string): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await openUncached(page);
    samples.push(await clickToPaint(page, () => clickInPlace(page, selector)));
  }
  return samples;
}

async function measureLatency(dir: string) {
  const server = await serve(dir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const results: [string, number[]][] = [];

    const prefetched = page.waitForRequest((request) => request.url().includes(`/content/en/articles/${SEED_EN}.json`));
    await page.goto(`${ORIGIN}/fr/articles/${SEED}`);
    await appTakesOver(page);
    await prefetched;
    const cachedSwitch: number[] = [];
    for (let run = 0; run < RUNS; run += 1) cachedSwitch.push(await clickToPaint(page, () => clickInPlace(page, run % 2 === 0 ? SWITCH_EN : SWITCH_FR)));
    results.push(['language switch, cached', cachedSwitch]);

    results.push(['language switch, uncached', await measureUncached(page, SWITCH_EN)]);

    await page.goto(`${ORIGIN}/fr/articles/${SEED}`);

    await appTakesOver(page);
    const cachedStory: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.locator(READ_ALSO_LINK).hover();
      await page.waitForTimeout(20);
      cachedStory.push(await clickToPaint(page, () => clickInPlace(page, READ_ALSO_LINK)));
      await page.goBack();
      await page.locator(READ_ALSO_LINK).waitFor();
    }
    results.push(['story to story, cached', cachedStory]);

    results.push(['story to story, uncached', await measureUncached(page, READ_ALSO_LINK)]);

    console.log(`\nClick to new headline painted (Chromium, localhost, ${RUNS} runs each, HTTP cache off)`);
    for (const [label, samples] of results) {
      const { median, p95, n, lost } = stats(samples);
      console.log(`  ${label.padEnd(28)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   (n=${n}${lost ? `, ${lost} timed out` : ''})`);
    }
    console.log('  cached: the JSON is in the query cache (prefetched on idle or hover); uncached: it is fetched after the click.');
  } finally {
    await browser.close();
    server.kill();
  }
}

/** Resolves once `url` answers (a server just started), or fails after 20 s. */
async function untilAnswering(url: string) {
  for (let attempt = 0; attempt < 80; attempt += 1) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never answered`);
}

/** Runs `npm run serve:nginx` on `root` at `port` for `measure`. */
async function withNginx(root: string, port: number, measure: (origin: string) => Promise<void>) {
  const nginx = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/serve-nginx.ts', '--root', root], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  try {
    await untilAnswering(`http://127.0.0.1:${port}/fr/`);
    await measure(`http://127.0.0.1:${port}`);
  } finally {
    nginx.kill('SIGTERM');
  }
}

/**
 * The same article page through three hosts: the project's preview server, the shipped nginx, and a
 * plain host that compresses nothing; then, for reference, through nginx with the stack's floor for bundle.
 */
async function runLighthouse(dir: string, floorDir: string) {
  const page = `/en/articles/${SEED_EN}`;
  console.log('\nLighthouse 12.2.3, mobile (simulated throttling), an article page, median of 3 runs: performance / accessibility, best practices, SEO');
  const report = async (host: string, url: string, budget: LighthouseBudget, label: string) => {
    const figures = await lighthouseMedian(url, budget);
    const limits = [`performance ≥ ${budget.performance}`, budget.lcpSeconds ? `LCP ≤ ${budget.lcpSeconds} s` : '', budget.tbtMs ? `TBT ≤ ${budget.tbtMs} ms` : ''].filter(Boolean).join(', ');
    console.log(`  ${figuresLine(host, figures)}   (${limits}, the others 100, CLS 0): ${verdict(figures.ok, label)}`);
  };
  const preview = await serve(dir);
  try {
    await report('vite preview', `${ORIGIN}${page}`, { performance: 95 }, 'Lighthouse (vite preview)');
  } finally {
    preview.kill();
  }
  await withNginx(dir, PORT + 1, (origin) => report('nginx, the shipped configuration', `${origin}${page}`, { performance: 98, lcpSeconds: 1.2, tbtMs: 100 }, 'Lighthouse (nginx)'));
  const plain = await servePlain(dir, PORT + 2);
  try {
    await report('a plain host, no compression', `http://127.0.0.1:${PORT + 2}${page}`, { performance: 95 }, 'Lighthouse (plain host)');
  } finally {
    plain.close();
  }
  await withNginx(await floorInPage(dir, floorDir, page), PORT + 3, async (origin) => {
    const figures = await lighthouseMedian(`${origin}${page}`, { performance: 0 });
    console.log(`  ${figuresLine('nginx, the stack’s floor for bundle', figures)}   (reference: the same page with the libraries alone)`);
  });
}

const figuresLine = (host: string, figures: LighthouseFigures) =>
  `${host.padEnd(36)} ${figures.performance} / ${figures.others.join(', ')}   LCP ${figures.lcp.toFixed(2)} s   TBT ${figures.tbt.toFixed(0)} ms   CLS ${figures.cls.toFixed(3)}`;

function frontPageLine(label: string, dir: string, seconds?: number) {
  const front = pageTransfer(dir, 'fr/index.html');
  const js = initialJs(dir, 'fr/index.html');
  const time = seconds === undefined ? '' : `   build ${seconds.toFixed(1).padStart(5)} s`;
  console.log(`  ${label.padEnd(26)}${time}   initial JS gzip ${kb(js.gzip)}   front page transfer gzip ${kb(front.gzip)} (HTML and CSS ${kb(front.gzip - js.gzip)})`);
  return front.gzip;
}

/** Related stories found automatically for every story of an edition: the build's share of the time. */
function reportRelatedStories(contentRoot: string) {
  const { articles, edition } = loadContent(contentRoot);
  if (!edition) throw new Error(`${contentRoot} has no edition.json`);
  const started = performance.now();
  const related = relatedStories(editionOrder(articles, edition));
  const seconds = (performance.now() - started) / 1000;
  const completed = [...related.values()].filter((ids) => ids.length >= RELATED_COUNT).length;
  console.log(`  related stories, 10,000 stories: ${seconds.toFixed(1)} s, ${completed} of ${related.size} with ${RELATED_COUNT} (budget < 10 s): ${verdict(seconds < 10, 'related stories at scale')}`);
}

/** Search on the 10,000-story edition: bytes for one query on a first visit, and query time once started. */
async function reportSearch(large: { dir: string; searchSeconds: number }) {
  const server = await serve(large.dir);
  try {
    const { names, common } = await measureSearch(ORIGIN, large.dir);
    console.log(`  search index build, 10,000 stories in each language: ${large.searchSeconds.toFixed(1)} s`);
    const most = Math.max(...names.bytes);
    console.log(`  search for a name, first query on a first visit: ${names.bytes.map((value) => kb(value)).join(', ')} gzip (library, WebAssembly, index and results; budget ≤ ${kb(BUDGET.searchBytes)}): ${verdict(most <= BUDGET.searchBytes, 'search bytes per query')}`);
    console.log(`  search for a name, engine started: median ${names.times.median.toFixed(1)} ms, p95 ${names.times.p95.toFixed(1)} ms (n=${names.times.n}; budget p95 ≤ ${BUDGET.searchP95Ms} ms): ${verdict(names.times.p95 <= BUDGET.searchP95Ms, 'search query p95')}`);
    console.log(`    the same queries asked again, their index chunks and result fragments fetched (the engine's own time): median ${names.fetchedTimes.median.toFixed(1)} ms, p95 ${names.fetchedTimes.p95.toFixed(1)} ms`);
    console.log(`  worst case, a word in every story: first query ${common.bytes.map((value) => kb(value)).join(', ')} gzip; median ${common.times.median.toFixed(1)} ms, p95 ${common.times.p95.toFixed(1)} ms (n=${common.times.n}; no budget: no real edition repeats 25 words)`);
  } finally {
    server.kill();
  }
}

async function runScale(real: { dir: string; seconds: number }) {
  console.log('\nScale: synthetic editions, each story in French and English (front page /fr/, first view)');
  const realPage = frontPageLine('real edition (4 stories)', real.dir, real.seconds);
  const full = buildEdition(writeSyntheticEdition(20));
  const fullPage = frontPageLine('20 stories (one full page)', full.dir, full.seconds);
  const largeContent = writeSyntheticEdition(10_000);
  reportRelatedStories(largeContent);
  const large = buildEdition(largeContent);
  const largePage = frontPageLine('10,000 stories', large.dir, large.seconds);
  const growth = largePage - fullPage;
  const pages = JSON.parse(readFileSync(join(large.dir, 'content/fr/front/1.json'), 'utf8')) as { pageCount: number };
  console.log(`  10,000 vs 20 stories: the first page differs by ${growth} bytes gzip (${pages.pageCount} pages of 20 behind it): ${verdict(Math.abs(growth) <= BUDGET.scaleFrontPage, 'scale front page')}`);
  console.log(`  10,000 stories vs the real edition: ${largePage - realPage} bytes gzip more, all of it the 16 more teasers a full page of 20 holds (see README)`);
  await reportSearch(large);
}

async function main() {
  const real = buildEdition();
  const floor = await buildFloor();
  reportSizes(real.dir, initialJs(floor, 'index.html'));
  if (options['sizes-only']) return;
  await measureLatency(real.dir);
  const server = await serve(real.dir);
  try {
    await measureResilience(ORIGIN, SEED);
  } finally {
    server.kill();
  }
  if (!options['skip-lighthouse']) await runLighthouse(real.dir, floor);
  if (!options['skip-scale']) await runScale(real);
  console.log(missed.length === 0 ? '\nAll budgets met.' : `\nBudgets missed: ${missed.join(', ')}`);
}

await main();
