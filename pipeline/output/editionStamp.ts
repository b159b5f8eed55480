import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITION_STAMP_PATH, type EditionStamp } from '../../src/content-api/edition.ts';

/**
 * Writes the edition's stamp, which the browser checks to learn of a newer edition: one small file,
 * so that the check costs one small request (no compressed twins: there is nothing to gain).
 */
export function writeEditionStamp(outDir: string, stamp: EditionStamp): void {
  writeFileSync(join(outDir, EDITION_STAMP_PATH), `${JSON.stringify(stamp)}\n`);
}
