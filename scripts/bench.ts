import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { initialJs, kb } from './bench/sizes.ts';

// npm run bench: builds Kiosque and the stack's floor, and prints the figures behind the README's budgets.

const BUDGET_OVER_FLOOR = 10 * 1024;

async function buildFloor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kiosque-floor-'));
  await build({
    root: join(import.meta.dirname, 'bench/floor'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

async function main() {
  await build({ logLevel: 'silent' });
  const app = initialJs('dist');
  const floor = initialJs(await buildFloor());
  const over = app.gzip - floor.gzip;
  console.log('Initial JavaScript (every page loads the same entry; content JSON comes after)');
  console.log(`  Kiosque   gzip ${kb(app.gzip)}   brotli ${kb(app.brotli)}   raw ${kb(app.raw)}   (${app.files.join(', ')})`);
  console.log(`  floor     gzip ${kb(floor.gzip)}   brotli ${kb(floor.brotli)}   raw ${kb(floor.raw)}`);
  console.log(`  Kiosque − floor: gzip ${kb(over)}, brotli ${kb(app.brotli - floor.brotli)}   budget ≤ ${kb(BUDGET_OVER_FLOOR)} gzip: ${over <= BUDGET_OVER_FLOOR ? 'within' : 'OVER'}`);
}

await main();
