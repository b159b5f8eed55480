import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Everything one bench run builds lives under one temporary folder, removed when the bench exits,
// whether it finishes, fails or is interrupted (a 10,000-story edition is 1.5 GB).

let root: string | undefined;

function benchRoot(): string {
  if (root) return root;
  const made = mkdtempSync(join(tmpdir(), 'kiosque-bench-'));
  root = made;
  process.on('exit', () => rmSync(made, { recursive: true, force: true }));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
  // Readable by nginx's workers, which do not run as the user who built it.
  chmodSync(made, 0o755);
  return made;
}

/** A new folder for this bench run, named after what it holds. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(benchRoot(), `${name}-`));
  chmodSync(dir, 0o755);
  return dir;
}
