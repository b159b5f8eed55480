import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildFloor } from './sizes/floor.ts';
import { firstViewReport, printFirstViewReport } from './sizes/firstView.ts';

// npm run check:sizes [-- --dist dist]: after a build, the first view's JavaScript of each kind of
// page against the stack's floor, and every lazy chunk's size; exits 1 when a budget is missed.
// `npm test` runs it after the build: sizes are deterministic, so a missed budget fails the tests.

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const floor = await buildFloor();
try {
  if (!printFirstViewReport(firstViewReport(values.dist, floor))) process.exitCode = 1;
} finally {
  rmSync(floor, { recursive: true, force: true });
}
