import { renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { editionFrom, refuseOverlap, shownPath } from './buildPaths.ts';
import { serverRenderer } from './serverRenderer.ts';
import { parseArgs } from 'node:util';
import type { Plugin } from 'vite';
import type { EditionManifest } from '../pipeline/edition/manifest.ts';
import { precompress } from '../pipeline/output/compress.ts';
import { writeEditionStamp } from '../pipeline/output/editionStamp.ts';
import {
  BUILD_STATE,
  buildState,
  codeDigest,
  editionStamp,
  readBuildState,
  savedChunks,
  writeBuildState,
  type BuildState,
} from '../pipeline/deploy/buildState.ts';
import { PARTIAL, writeEditionFileList } from '../pipeline/deploy/editions.ts';
import { readKeptWork, writeKeptWork } from '../pipeline/deploy/keptWork.ts';
import { buildIncrementally } from '../pipeline/deploy/incrementalBuild.ts';
import { linkEdition } from '../pipeline/deploy/linkEdition.ts';
import {
  PRERENDER_STAGE,
  SEARCH_INDEX_STAGE,
  stageClock,
  timeSince,
  writeBuildRecord,
} from '../pipeline/deploy/stageTimes.ts';
import type { StageTimes } from '../pipeline/deploy/stageTimes.ts';
import { manifestFromContent } from '../pipeline/edition/manifestFromContent.ts';
import { embedShellStrings, prerenderPages } from '../pipeline/output/prerender.ts';
import { ContentError, formatProblem } from '../pipeline/content/problems.ts';
import { writeSearchIndex } from '../pipeline/output/searchIndex.ts';
import { SERVER_DIR, writeServerConfig } from '../pipeline/output/serverConfig.ts';
import { compiledWorker, writeServiceWorker } from '../pipeline/output/serviceWorker.ts';
import { CONTENT_PLUGIN, type ContentPluginApi } from '../pipeline/bundle/contentPlugin.ts';
import { FIRST_PAINT_PLUGIN, type FirstPaintPluginApi } from '../pipeline/bundle/firstPaint.ts';
import type { FirstViewChunks } from '../pipeline/bundle/firstViewChunks.ts';
import { DEFAULT_SITE_URL, siteOrigin } from '../src/shared/site.ts';

// npm run build [-- --outDir dist] [--verbose]: the client build (which checks and publishes the
// edition, see pipeline/bundle/contentPlugin.ts), then a server build of the same app that renders every
// page of the edition's manifest into static HTML, then the search index, the offline edition's service worker, the
// production server's build-dependent configuration and the precompressed twins of every text file.
//
// --from <edition>: when that edition was built from the same code and for the same site address
// (its .kiosque/state.json says so), the new edition starts from it and only what differs is
// written (pipeline/deploy/incrementalBuild.ts): the result is the same, byte for byte, as a full
// build. npm run deploy passes the live edition.
// --no-precompress: no .br/.gz twins (the benchmark's large editions, which no server sends compressed).
// --verbose: each stage and what it made, with its time, and the bundler's list of files; without it,
// a build says where it went, in a line (and a publish what it wrote).
// --stages <file>: how long each stage took (stage → seconds) and the build's peak memory, written to <file> as JSON,
// for the benchmark.
const { values } = parseArgs({
  options: {
    outDir: { type: 'string', default: 'dist' },
    from: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    stages: { type: 'string' },
    'no-precompress': { type: 'boolean', default: false },
  },
});
// A build is for production whatever the shell or a test runner set (Vitest sets NODE_ENV=test,
// with which React's JSX would be compiled for development, and the server bundle kept for the
// next publish would not match).
process.env.NODE_ENV = 'production';
const outDir = resolve(values.outDir);
const origin = siteOrigin(process.env.KIOSQUE_SITE_URL);
const contentRoot = process.env.KIOSQUE_CONTENT ?? 'content';
const code = codeDigest();
// The service worker, compiled once per version of the code; each build writes its precache list in.
const workerDir = resolve(`node_modules/.cache/kiosque-sw-${code}`);

/** An edition with more pages than this takes minutes to compress: the build says so before it starts. */
const LARGE_EDITION_PAGES = 2000;

/** A line for --verbose: a stage's time, what a step made. */
const detail = (line: string) => {
  if (values.verbose) console.log(line);
};

/** A clock for a build's stages: --verbose prints each as it ends. */
const startStageClock = () => stageClock((line) => detail(`  stage: ${line}`));

/**
 * The last files of every build: what it knows of what it wrote, the edition's stamp, then the list
 * a deploy checks (a build cut short before has none); and its stages' times where --stages says.
 */
function finish(manifest: EditionManifest, state: BuildState, times: StageTimes) {
  for (const warning of manifest.warnings) console.error(`warning: ${formatProblem(warning)}`);
  writeBuildState(outDir, state);
  writeKeptWork(outDir, manifest.kept);
  writeEditionStamp(outDir, editionStamp(state));
  writeEditionFileList(outDir, manifest);
  if (values.stages) writeBuildRecord(values.stages, times);
}

/** The one line a build prints: where it went, and for which address. */
function summary(manifest: EditionManifest, since: number): string {
  const stories = new Set(manifest.pages.filter((page) => page.kind === 'article').map((page) => page.route)).size;
  const address =
    origin === DEFAULT_SITE_URL ? `${origin} (set KIOSQUE_SITE_URL to publish it at another address)` : origin;
  return `build: ${manifest.pages.length} pages, ${stories} of them story pages, into ${shownPath(outDir)} for ${address} (${timeSince(since)})`;
}

/** How many stories a publish read from their files (the others kept, unchanged since the edition it starts from). */
const storiesRead = ({ storiesRead: { read, of } }: EditionManifest) =>
  `${read} of ${of} ${of === 1 ? 'story' : 'stories'} read, the others unchanged`;

/** Publishes the edition in `outDir` from `from`'s, writing only what differs. */
async function incrementalBuild(from: string, previous: BuildState) {
  const clock = startStageClock();
  // Linked beside outDir, which is replaced only once the content has passed: a broken story leaves it as it was.
  const linked = `${outDir}.linking${PARTIAL}`;
  rmSync(linked, { recursive: true, force: true });
  const copying = linkEdition(from, linked);
  copying.catch(() => undefined); // Reported where it is awaited, after the content stage.
  let manifest: EditionManifest;
  try {
    manifest = manifestFromContent(contentRoot, origin, { kept: readKeptWork(from) });
  } catch (error) {
    // The live edition is being linked by a process of its own: it must be done before this build exits, or it writes
    // into a folder being removed (ENOTEMPTY, seen once in the suite).
    await copying.catch(() => undefined);
    rmSync(linked, { recursive: true, force: true });
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    console.error(`build: nothing written (${shownPath(outDir)} and ${shownPath(from)} as they were)`);
    process.exit(1);
  }
  const linking = copying.then(() => {
    rmSync(outDir, { recursive: true, force: true });
    renameSync(linked, outDir);
  });
  detail(`content: checked and published ${manifest.pages.length} pages' data`);
  const next = buildState(manifest, { code, origin, compressed: previous.compressed }, savedChunks(previous), previous);
  clock.lap('content check, related stories, manifest and its digests');
  const started = performance.now();
  const written = await buildIncrementally({
    linking,
    outDir,
    manifest,
    previous,
    next,
    renderer: await serverRenderer(code, origin),
    worker: await compiledWorker(workerDir),
    compress: previous.compressed,
    time: clock.time,
  });
  console.log(
    `from ${from}: ${storiesRead(manifest)}; ${written.files.length} files and ${written.pages.length} pages written, ${written.removed.length} removed; search index: ${written.searchParts.built} of ${written.searchParts.of} parts built; service worker and server files written again (${timeSince(started)})`,
  );
  finish(manifest, next, clock.times);
}

/**
 * Hands over what the client build made: the manifest the content plugin published, and the chunks of each page's first
 * view.
 */
function clientBuildReader(receive: (manifest: EditionManifest, chunks: FirstViewChunks) => void): Plugin {
  return {
    name: 'kiosque-client-build-reader',
    closeBundle: {
      sequential: true,
      handler() {
        const api = (name: string) =>
          this.environment.config.plugins.find((candidate) => candidate.name === name)?.api as unknown;
        receive(
          (api(CONTENT_PLUGIN) as ContentPluginApi).manifest(),
          (api(FIRST_PAINT_PLUGIN) as FirstPaintPluginApi).chunks(),
        );
      },
    },
  };
}

/** Builds the whole edition into an emptied `outDir`. */
async function fullBuild() {
  const buildStarted = performance.now();
  const clock = startStageClock();
  let client: { manifest: EditionManifest; chunks: FirstViewChunks } | undefined;
  const { build } = await import('vite');
  await build({
    logLevel: values.verbose ? 'info' : 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [clientBuildReader((manifest, chunks) => (client = { manifest, chunks }))],
  });
  if (!client) throw new Error('the client build handed over no manifest');
  const { manifest, chunks } = client;
  clock.lap('client build (content check, related stories, published files, bundle)');

  embedShellStrings(outDir);
  const written = await prerenderPages(manifest.pages, await serverRenderer(code, origin), outDir, origin, chunks);
  detail(`prerendered ${written} pages into ${outDir}`);
  clock.lap(PRERENDER_STAGE);

  const indexed = await writeSearchIndex(outDir, manifest.pages, { start: 'empty', code });
  const stories = Object.entries(indexed.stories).map(([lang, count]) => `${count} stories in ${lang}`);
  detail(`search: indexed ${stories.join(', ')}, in ${indexed.parts} parts`);
  clock.lap(SEARCH_INDEX_STAGE);

  const offline = await writeServiceWorker(outDir, manifest.pages, chunks.assets, await compiledWorker(workerDir));
  detail(`service worker: precaches ${offline.count} files (${(offline.size / 1024).toFixed(0)} KB)`);
  clock.lap('service worker');

  const state = buildState(manifest, { code, origin, compressed: !values['no-precompress'] }, chunks);
  clock.lap('digests for the next publish and the edition stamp');
  writeServerConfig(outDir, manifest, editionStamp(state));
  // The longest step of a large edition's build (minutes at thousands of stories): said before it
  // starts, so that it is not taken for a hang.
  const twinsTakeLong = manifest.pages.length > LARGE_EDITION_PAGES;
  if (!values['no-precompress'])
    (twinsTakeLong ? console.log : detail)('server: writing the .br and .gz twins of every text file…');
  const compressed = values['no-precompress'] ? 0 : await precompress(outDir);
  detail(
    `server: ${manifest.redirects.length} redirects and the Content-Security-Policy in ${SERVER_DIR}/; ${compressed} files precompressed (.br, .gz)`,
  );
  clock.lap('server files and compressed twins');
  finish(manifest, state, clock.times);
  console.log(summary(manifest, buildStarted));
}

/** Why the edition in `from` cannot be built on, if it cannot. */
function whyNotFrom(previous: BuildState | undefined): string | undefined {
  if (!previous) return `it holds no build of Kiosque (no ${BUILD_STATE})`;
  if (previous.code !== code) return 'it was built from other code';
  if (previous.origin !== origin) return `it names another site address (${previous.origin})`;
  if (previous.compressed === values['no-precompress'])
    return previous.compressed
      ? 'it has compressed twins, which this build would not write'
      : 'it has no compressed twins';
  return undefined;
}

/** The state of the edition `--from` names, when this build can start from it (and says why not otherwise). */
function startingPoint(from: string): BuildState | undefined {
  const previous = readBuildState(from);
  const why = whyNotFrom(previous);
  if (why) console.log(`from ${from}: ${why}, so every page is built`);
  return why ? undefined : previous;
}

const from = values.from === undefined ? undefined : editionFrom(resolve(values.from));
refuseOverlap(outDir, { '--from': from, 'the content': resolve(contentRoot) }, process.cwd());
const previous = from === undefined ? undefined : startingPoint(from);
if (from && previous) await incrementalBuild(from, previous);
else await fullBuild();
