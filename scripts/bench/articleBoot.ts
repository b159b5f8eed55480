import { BUDGET, type Verdicts } from './budgets.ts';
import { EAGER_SOURCE_POSITIONS, measureBoot } from './boot.ts';
import { lighthouseInterleaved, lighthouseLine } from './lighthouse.ts';
import { servePlain } from './plainServer.ts';
import { floorInPage, noScriptPage } from './referencePages.ts';
import { withNginx } from './servers.ts';

// The article page through the shipped nginx, beside the same page with the stack's floor in the
// app's place and with no JavaScript at all, every measure interleaved so that the machine's noise
// falls on the three alike: the main thread after the first paint (4× slowdown), then Lighthouse.
// Lighthouse also runs on a plain host that compresses nothing.

const RUNS = 5;

type Boot = Awaited<ReturnType<typeof measureBoot>>;

function printBoot(boot: Boot) {
  for (const [name, { blocking, longest }] of Object.entries(boot)) {
    console.log(
      `  ${name.padEnd(14)} blocked ${blocking.median.toFixed(0).padStart(4)} ms (${blocking.p95.toFixed(0)})   longest task ${longest.median.toFixed(0).padStart(4)} ms (${longest.p95.toFixed(0)})`,
    );
  }
}

/** The boot of each page, as readers run it (the budget's figure), then as the automation leaves it. */
async function reportBoot(urls: Record<string, string>, verdicts: Verdicts) {
  console.log(
    `\nThe article page through nginx: the main thread after the first paint, 4× CPU slowdown, median of ${RUNS} (p95)`,
  );
  console.log(
    `  as readers run it (source positions collected as V8 compiles, ${EAGER_SOURCE_POSITIONS}; see scripts/bench/boot.ts)`,
  );
  const boot = await measureBoot(urls, RUNS, { eagerSourcePositions: true });
  printBoot(boot);
  const kiosque = boot.kiosque?.blocking.median ?? Number.NaN;
  const floor = boot.floor?.blocking.median ?? Number.NaN;
  console.log(
    `  Kiosque blocked ≤ ${BUDGET.bootBlockingMs} ms and ≤ half the floor's (${(floor / 2).toFixed(0)} ms): ${verdicts.flag(kiosque <= BUDGET.bootBlockingMs && kiosque <= floor / 2, 'boot blocking time')}`,
  );
  console.log(
    '  as the automation leaves it (V8 parses a large chunk again for its DevTools session; readers do not), for reference',
  );
  printBoot(await measureBoot(urls, RUNS, { eagerSourcePositions: false }));
}

export async function measureArticleBoot(
  dir: string,
  floorDir: string,
  path: string,
  port: number,
  verdicts: Verdicts,
) {
  const roots = {
    kiosque: dir,
    floor: await floorInPage(dir, floorDir, path),
    'no JavaScript': await noScriptPage(dir, path),
  };
  const plain = await servePlain(dir, port + 3);
  try {
    await withNginx(Object.values(roots), port, async (origins) => {
      const urls = Object.fromEntries(Object.keys(roots).map((name, index) => [name, `${origins[index]}${path}`]));
      await reportBoot(urls, verdicts);

      console.log(
        `\nLighthouse 12.2.3, mobile, the same pages, median of ${RUNS}: performance / accessibility, best practices, SEO`,
      );
      const lighthouse = await lighthouseInterleaved(
        { ...urls, 'a plain host': `http://127.0.0.1:${port + 3}${path}` },
        RUNS,
      );
      for (const [name, figures] of Object.entries(lighthouse)) console.log(`  ${lighthouseLine(name, figures)}`);
      const ours = lighthouse.kiosque;
      const ok =
        ours !== undefined &&
        ours.performance >= BUDGET.lighthouse &&
        ours.others.every((score) => score === 100) &&
        ours.cls === 0;
      console.log(
        `  Kiosque: performance ≥ ${BUDGET.lighthouse}, the others 100, CLS 0: ${verdicts.flag(ok, 'Lighthouse')}`,
      );
    });
  } finally {
    plain.close();
  }
}
