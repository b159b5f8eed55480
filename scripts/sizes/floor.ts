import react from '@vitejs/plugin-react';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { BUILD_TARGET, BUNDLE_OPTIMIZATION, libraryChunkGroups } from '../../pipeline/bundle/chunks.ts';

/**
 * The stack's floor (scripts/sizes/floor/): the same libraries as Kiosque, each used once, rendering
 * nothing of Kiosque's, built with the same options and the same library chunks. Returns its folder.
 */
export async function buildFloor(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kiosque-floor-'));
  await build({
    root: join(import.meta.dirname, 'floor'),
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: BUILD_TARGET,
      modulePreload: false,
      rolldownOptions: {
        optimization: BUNDLE_OPTIMIZATION,
        output: { codeSplitting: { groups: libraryChunkGroups() } },
      },
    },
  });
  return outDir;
}
