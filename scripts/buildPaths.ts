import { isAbsolute, relative, sep } from 'node:path';

// How the build names folders, and which it refuses to build from and into.

/** A folder as the build names it: from the project when it is inside it, else in full. */
export function shownPath(dir: string): string {
  const fromProject = relative(process.cwd(), dir);
  if (fromProject === '') return '.';
  return fromProject.startsWith('..') || isAbsolute(fromProject) ? dir : fromProject;
}

/** Whether one of two absolute folders is the other or holds it. */
export function overlapping(a: string, b: string): boolean {
  const inside = (dir: string, other: string) => dir === other || dir.startsWith(other + sep);
  return inside(a, b) || inside(b, a);
}

/**
 * Stops a publish whose folders overlap before it touches either: it builds beside the edition it starts from, and
 * would otherwise remove what it copies (`--from dist` with the default `--outDir dist` removed the edition).
 */
export function refuseOverlap(from: string, outDir: string): void {
  if (!overlapping(from, outDir)) return;
  console.error(
    `build: --from ${shownPath(from)} and --outDir ${shownPath(outDir)} overlap: a publish builds a new folder beside the edition it starts from (npm run deploy does so); nothing was touched`,
  );
  process.exit(1);
}
