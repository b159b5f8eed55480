import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { importWireCopy } from '../../pipeline/wire/importWireCopy.ts';
import { loadContent } from '../../pipeline/content/load.ts';
import { editionOrder } from '../../pipeline/edition/views.ts';
import { RELATED_COUNT, relatedStories } from '../../pipeline/edition/relatedStories.ts';
import { initialJs, kb, pageTransfer } from '../sizes/sizes.ts';
import { BUDGET, type Verdicts } from './budgets.ts';
import { timedBuild, type BuiltEdition } from './edition.ts';
import { PRERENDER_STAGE, SEARCH_INDEX_STAGE, stageLine } from '../../pipeline/deploy/stageTimes.ts';
import { BUILD_STATE } from '../../pipeline/deploy/buildState.ts';
import { COMMON_QUERIES, measureSearch, nameQueries } from './search.ts';
import { partsAgainstOneIndex, writeOneIndex } from './oneIndex.ts';
import { servePreview } from './servers.ts';
import { writeSyntheticEdition } from './syntheticEdition.ts';
import { scratchDir } from './scratch.ts';

const DISPATCH = join(import.meta.dirname, '../../pipeline/testing/wire/cooperation-securitaire.txt');

// Synthetic editions of 20 and 10,000 stories (or as many as --archive says): what the first page
// loads must not grow with the archive; related stories, search and a publish at that scale.

const storiesLabel = (stories: number) => `${stories.toLocaleString('en')} stories`;

function frontPageLine(label: string, dir: string, seconds?: number) {
  const front = pageTransfer(dir, 'fr/index.html');
  const js = initialJs(dir, 'fr/index.html');
  const time = seconds === undefined ? '' : `   build ${seconds.toFixed(1).padStart(5)} s`;
  console.log(
    `  ${label.padEnd(26)}${time}   initial JS gzip ${kb(js.gzip)}   front page transfer gzip ${kb(front.gzip)} (HTML and CSS ${kb(front.gzip - js.gzip)})`,
  );
  return front.gzip;
}

/** Related stories found automatically for every story of an edition: the build's share of the time. */
function reportRelatedStories(contentRoot: string, label: string, verdicts: Verdicts) {
  const { articles, edition } = loadContent(contentRoot);
  if (!edition) throw new Error(`${contentRoot} has no edition.json`);
  const started = performance.now();
  const related = relatedStories(editionOrder(articles, edition)).byStory;
  const seconds = (performance.now() - started) / 1000;
  const completed = [...related.values()].filter((ids) => ids.length >= RELATED_COUNT).length;
  console.log(
    `  related stories, ${label}: ${seconds.toFixed(1)} s, ${completed} of ${related.size} with ${RELATED_COUNT} (budget < 10 s): ${verdicts.flag(seconds < 10, 'related stories at scale')}`,
  );
}

/** Search on the large edition: bytes for one query on a first visit, and query time once started. */
async function reportSearch(
  large: BuiltEdition,
  contentRoot: string,
  stories: number,
  origin: string,
  port: number,
  verdicts: Verdicts,
) {
  const label = storiesLabel(stories);
  await writeOneIndex(contentRoot, origin, large.dir);
  const server = await servePreview(large.dir, port);
  try {
    const { names, common } = await measureSearch(origin, large.dir, stories);
    const against = await partsAgainstOneIndex(origin, large.dir, [
      ...nameQueries(stories).slice(0, 3),
      ...COMMON_QUERIES.slice(0, 3),
    ]);
    console.log(
      `  first query's search bytes (engine alone), index in parts vs one index: ${against.parts.map((value, index) => `${kb(value)} vs ${kb(against.one[index] ?? 0)}`).join(', ')} (three names, then three words in every story)`,
    );
    const searchSeconds = large.stages[SEARCH_INDEX_STAGE] ?? Number.NaN;
    console.log(`  search index build, ${label} in each language: ${searchSeconds.toFixed(1)} s`);
    const most = Math.max(...names.bytes);
    console.log(
      `  search for a name, first query on a first visit: ${names.bytes.map((value) => kb(value)).join(', ')} gzip (library, WebAssembly, index and results; budget ≤ ${kb(BUDGET.searchBytes)}): ${verdicts.flag(most <= BUDGET.searchBytes, 'search bytes per query')}`,
    );
    console.log(
      `  search for a name, engine started: median ${names.times.median.toFixed(1)} ms, p95 ${names.times.p95.toFixed(1)} ms (n=${names.times.n}; budget p95 ≤ ${BUDGET.searchP95Ms} ms): ${verdicts.flag(names.times.p95 <= BUDGET.searchP95Ms, 'search query p95')}`,
    );
    console.log(
      `    the same queries asked again, their index chunks and result fragments fetched (the engine's own time): median ${names.fetchedTimes.median.toFixed(1)} ms, p95 ${names.fetchedTimes.p95.toFixed(1)} ms`,
    );
    console.log(
      `  a word in every story: first query ${common.bytes.map((value) => kb(value)).join(', ')} gzip; first results median ${common.times.median.toFixed(1)} ms, p95 ${common.times.p95.toFixed(1)} ms (n=${common.times.n}; budget p95 ≤ ${BUDGET.commonWordP95Ms} ms): ${verdicts.flag(common.times.p95 <= BUDGET.commonWordP95Ms, 'common word p95')}`,
    );
  } finally {
    server.kill();
  }
}

/** Pages prerendered a second by a full build, and the time each took on the build's cores. */
function prerenderRate(built: BuiltEdition): string {
  const state = JSON.parse(readFileSync(join(built.dir, BUILD_STATE), 'utf8')) as { pages: object };
  const pages = Object.keys(state.pages).length;
  const seconds = built.stages[PRERENDER_STAGE] ?? Number.NaN;
  const perPage = (seconds * 1000 * availableParallelism()) / pages;
  return `${pages.toLocaleString('en')} pages prerendered at ${(pages / seconds).toFixed(0)} pages/s (${perPage.toFixed(1)} ms a page on each of ${availableParallelism()} cores)`;
}

/** A publish's one summary line (what it wrote), and its stages. */
function printPublish(published: BuiltEdition & { log: string }) {
  console.log(
    `    ${/^from .*$/m.exec(published.log)?.[0].replace(/^from \S+: /, '') ?? 'a full build (no edition to start from)'}`,
  );
  for (const [name, seconds] of Object.entries(published.stages)) console.log(`    ${stageLine(name, seconds)}`);
  console.log(`    peak memory ${published.peakMemoryMb.toLocaleString('en')} MB`);
}

/**
 * One dispatch imported into the large edition and published from the edition built before it, stage by stage: as
 * a deploy runs it, with the compressed twins, and without them beside it.
 */
function reportOneStoryPublish(
  large: { bare: BuiltEdition; twins: BuiltEdition },
  contentRoot: string,
  label: string,
  origin: string,
  verdicts: Verdicts,
) {
  const started = performance.now();
  // Dated today, as a wire service dates its dispatches: the newest story of the edition.
  const today = new Date().toISOString().slice(0, 10);
  importWireCopy(DISPATCH, {
    root: contentRoot,
    lang: 'fr',
    kind: 'dispatch',
    dateline: 'Rabat',
    published: today,
    topics: ['topic-1'],
  });
  const importSeconds = (performance.now() - started) / 1000;
  const bare = timedBuild(origin, contentRoot, { from: large.bare.dir });
  const twins = timedBuild(origin, contentRoot, { from: large.twins.dir, twins: true });
  const total = importSeconds + bare.seconds;
  console.log(
    `  one dispatch imported and published, ${label}: ${total.toFixed(1)} s (budget ≤ ${BUDGET.oneStoryPublishSeconds} s; the full build ${large.bare.seconds.toFixed(1)} s): ${verdicts.flag(total <= BUDGET.oneStoryPublishSeconds, 'one-story publish')}`,
  );
  console.log(
    `    as a deploy runs it, with the compressed twins: ${(importSeconds + twins.seconds).toFixed(1)} s, ${(twins.seconds / bare.seconds).toFixed(2)}× the publish without them (import ${importSeconds.toFixed(1)} s)`,
  );
  console.log('    without twins:');
  printPublish(bare);
  console.log('    with twins:');
  printPublish(twins);
}

export async function runScale(real: BuiltEdition, origin: string, port: number, verdicts: Verdicts, stories = 10_000) {
  const label = storiesLabel(stories);
  console.log('\nScale: synthetic editions, each story in French and English (front page /fr/, first view)');
  const realPage = frontPageLine('real edition (4 stories)', real.dir, real.seconds);
  const full = timedBuild(origin, writeSyntheticEdition(20, scratchDir('synthetic-20')));
  const fullPage = frontPageLine('20 stories (one full page)', full.dir, full.seconds);
  const largeContent = writeSyntheticEdition(stories, scratchDir(`synthetic-${stories}`));
  reportRelatedStories(largeContent, label, verdicts);
  const large = timedBuild(origin, largeContent);
  const largePage = frontPageLine(label, large.dir, large.seconds);
  for (const [name, time] of Object.entries(large.stages)) console.log(`    full build, ${stageLine(name, time)}`);
  console.log(`    full build, ${prerenderRate(large)}; peak memory ${large.peakMemoryMb.toLocaleString('en')} MB`);
  const largeTwins = timedBuild(origin, largeContent, { twins: true });
  console.log(
    `  ${label}, the full build with its compressed twins, as a deploy runs it: ${largeTwins.seconds.toFixed(1)} s, ${(largeTwins.seconds / large.seconds).toFixed(2)}× the ${large.seconds.toFixed(1)} s without them`,
  );
  const growth = largePage - fullPage;
  const pages = JSON.parse(readFileSync(join(large.dir, 'content/fr/front/1.json'), 'utf8')) as { older?: number };
  console.log(
    `  ${label} vs 20: the first page differs by ${growth} bytes gzip (${(pages.older ?? 1) - 1} pages of 20 behind it): ${verdicts.flag(Math.abs(growth) <= BUDGET.scaleFrontPage, 'scale front page')}`,
  );
  console.log(
    `  ${label} vs the real edition: ${largePage - realPage} bytes gzip more, all of it the 16 more teasers a full page of 20 holds (see README)`,
  );
  await reportSearch(large, largeContent, stories, origin, port, verdicts);
  reportOneStoryPublish({ bare: large, twins: largeTwins }, largeContent, label, origin, verdicts);
}
