import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENTRY_STATIC_IMPORTS } from '../pipeline/bundle/chunks.ts';
import { buildFloor } from './sizes/floor.ts';
import { unexpectedEntryImports } from './sizes/entryImports.ts';
import { firstViewReport, printFirstViewReport } from './sizes/firstView.ts';

// npm run check:sizes [-- --dist dist]: after a build, the first view's JavaScript of each kind of
// page against the stack's floor, and every lazy chunk's size; exits 1 when a budget is missed, or
// when the entry chunk imports statically what it should load a task at a time.
// `npm test` runs it after the build: sizes are deterministic, so a missed budget fails the tests.

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const { entry, unexpected } = unexpectedEntryImports(values.dist);
if (unexpected.length) {
  console.error(
    `check:sizes: ${entry} imports ${unexpected.join(', ')} statically (allowed: ENTRY_STATIC_IMPORTS, pipeline/bundle/chunks.ts)`,
  );
  process.exitCode = 1;
} else console.log(`Entry ${entry}: static imports only of ${ENTRY_STATIC_IMPORTS.join(', ')}`);
const floor = await buildFloor();
try {
  if (!printFirstViewReport(firstViewReport(values.dist, floor))) process.exitCode = 1;
} finally {
  rmSync(floor, { recursive: true, force: true });
}
