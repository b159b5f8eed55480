import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measureArticleBoot } from './bench/articleBoot.ts';
import { Verdicts } from './bench/budgets.ts';
import { timedBuild } from './bench/edition.ts';
import { measureFreshness } from './bench/freshness.ts';
import { measureLatency } from './bench/latency.ts';
import { measureListen } from './bench/listen.ts';
import { measureResilience } from './bench/resilience.ts';
import { runScale } from './bench/scale.ts';
import { SEED, SEED_EN } from './bench/seed.ts';
import { servePreview } from './bench/servers.ts';
import { buildFloor } from './sizes/floor.ts';
import { firstViewReport, printFirstViewReport } from './sizes/firstView.ts';
import { kb, pageTransfer } from './sizes/sizes.ts';

// npm run bench [-- --runs 50] [--skip-lighthouse] [--skip-scale] [--sizes-only] [--archive 10000] [--scale-only]
// [--listen-only]
// Builds the edition and the stack's floor and prints the figures behind the budgets (docs/budgets.md): sizes, the
// article page's boot and Lighthouse beside its references, click-to-paint latencies, resilience, freshness after a
// publish, a tap on Listen to the first utterance (--listen-only: that alone) and a 10,000-story scale run (--archive:
// another size; --scale-only: that run alone). Timings are printed and
// flagged, never tested; a missed size budget (deterministic) makes it exit with 1.

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    'sizes-only': { type: 'boolean', default: false },
    archive: { type: 'string', default: '10000' },
    'scale-only': { type: 'boolean', default: false },
    'listen-only': { type: 'boolean', default: false },
  },
});
const PORT = 4190;
/** Browsers started for Listen's figures: each lists its voices late once. */
const LISTEN_RUNS = 7;
const ORIGIN = `http://localhost:${PORT}`;

async function main() {
  const verdicts = new Verdicts();
  const real = timedBuild(ORIGIN);
  const floor = await buildFloor();
  try {
    console.log('');
    const sizesOk = printFirstViewReport(firstViewReport(real.dir, floor));
    const page = pageTransfer(real.dir, `fr/articles/${SEED}.html`);
    console.log(
      `  article first view, everything (HTML with the article and its stylesheet, JS): gzip ${kb(page.gzip)}, brotli ${kb(page.brotli)}`,
    );
    if (!sizesOk) process.exitCode = 1;
    if (options['sizes-only']) return;
    if (options['scale-only']) return await runScale(real, ORIGIN, PORT, verdicts, Number(options.archive));
    if (options['listen-only']) return await measureListen(real.dir, PORT, LISTEN_RUNS);
    if (!options['skip-lighthouse'])
      await measureArticleBoot(real.dir, floor, `/en/articles/${SEED_EN}`, PORT + 1, verdicts);
    await measureLatency(real.dir, ORIGIN, PORT, Number(options.runs), verdicts);
    const server = await servePreview(real.dir, PORT);
    try {
      await measureResilience(ORIGIN, SEED);
    } finally {
      server.kill();
    }
    await measureFreshness();
    await measureListen(real.dir, PORT, LISTEN_RUNS);
    if (!options['skip-scale']) await runScale(real, ORIGIN, PORT, verdicts, Number(options.archive));
    console.log(
      verdicts.missed.length === 0
        ? '\nAll timing budgets met.'
        : `\nTiming budgets missed (flagged, not failed): ${verdicts.missed.join(', ')}`,
    );
  } finally {
    rmSync(floor, { recursive: true, force: true });
  }
}

await main();
