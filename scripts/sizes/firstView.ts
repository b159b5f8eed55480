import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { initialJs, kb, measureFile, type Size } from './sizes.ts';

// The first view's JavaScript of every kind of page, against the stack's floor, and the gzip size
// of every chunk that no first view loads (the parts fetched on intent or when idle, the lazy pages).
// Sizes are deterministic: `npm test` fails on a missed budget (scripts/check-sizes.ts).

/** What the first view of an article or a front page may spend over the stack's floor, gzip (see docs/budgets.md). */
export const FIRST_VIEW_BUDGET = 8 * 1024;

type PageSize = { kind: string; file: string; size: Size };

/**
 * The pages readers arrive at, which the budget holds; a topic or search page also loads its own
 * page's chunk (printed beside them).
 */
const BUDGETED = new Set(['article', 'front page']);

/** The floor loads all it has. */
function allJs(dir: string): Size {
  return readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => measureFile(join(dir, 'assets', name)))
    .reduce((total, size) => ({
      files: [...total.files, ...size.files],
      raw: total.raw + size.raw,
      gzip: total.gzip + size.gzip,
      brotli: total.brotli + size.brotli,
    }));
}

export type FirstViewReport = {
  pages: PageSize[];
  floor: Size;
  worst: PageSize;
  lazy: { file: string; gzip: number }[];
};

function firstFile(dist: string, dir: string): string {
  const file = readdirSync(join(dist, dir)).find((name) => name.endsWith('.html'));
  if (!file) throw new Error(`${dist}/${dir} holds no page`);
  return `${dir}/${file}`;
}

/** One page of each kind the build writes (every page of a kind loads the same chunks). */
function pagesOfEachKind(dist: string): { kind: string; file: string }[] {
  return [
    { kind: 'article', file: firstFile(dist, 'fr/articles') },
    { kind: 'front page', file: 'fr/index.html' },
    { kind: 'topic', file: firstFile(dist, 'fr/topics') },
    { kind: 'search', file: 'fr/recherche.html' },
    { kind: 'not found', file: 'fr/404.html' },
    { kind: 'app shell', file: 'index.html' },
  ];
}

export function firstViewReport(dist: string, floorDir: string): FirstViewReport {
  const pages = pagesOfEachKind(dist).map(({ kind, file }) => ({ kind, file, size: initialJs(dist, file) }));
  const floor = allJs(floorDir);
  const worst = pages
    .filter((page) => BUDGETED.has(page.kind))
    .reduce((most, page) => (page.size.gzip > most.size.gzip ? page : most));
  const firstView = new Set(
    pages
      .filter((page) => BUDGETED.has(page.kind))
      .flatMap((page) => page.size.files.map((file) => file.replace(/^\//, ''))),
  );
  const lazy = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js') && !firstView.has(`assets/${name}`))
    .map((name) => ({ file: `assets/${name}`, gzip: measureFile(join(dist, 'assets', name)).gzip }))
    .sort((a, b) => b.gzip - a.gzip);
  return { pages, floor, worst, lazy };
}

export function printFirstViewReport({ pages, floor, worst, lazy }: FirstViewReport): boolean {
  console.log('First view JavaScript, gzip (brotli): the entry and the chunks a page requests after its first paint');
  for (const { kind, size } of pages)
    console.log(
      `  ${kind.padEnd(12)} ${kb(size.gzip).padStart(9)} (${kb(size.brotli)}), ${kb(size.gzip - floor.gzip)} over the floor, in ${size.files.length} files`,
    );
  console.log(
    `  the stack's floor ${kb(floor.gzip).padStart(9)} (${kb(floor.brotli)}), the same libraries used once, the same build options`,
  );
  const over = worst.size.gzip - floor.gzip;
  const ok = over <= FIRST_VIEW_BUDGET;
  console.log(
    `  over the floor, at most (${worst.kind}): ${over} B; budget ${FIRST_VIEW_BUDGET} B: ${ok ? `within budget, ${FIRST_VIEW_BUDGET - over} B to spare` : `OVER BUDGET by ${over - FIRST_VIEW_BUDGET} B`}`,
  );
  console.log(
    "Chunks an article or front page does not load first (fetched on intent, when idle, or as their page's own), gzip",
  );
  for (const chunk of lazy) console.log(`  ${chunk.file.padEnd(44)} ${String(chunk.gzip).padStart(6)} B`);
  return ok;
}
