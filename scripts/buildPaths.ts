import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

// How the build names folders, and which it refuses to build from and into.

/** A folder as the build names it: from the project when it is inside it, else in full. */
export function shownPath(dir: string): string {
  const fromProject = relative(process.cwd(), dir);
  if (fromProject === '') return '.';
  return fromProject.startsWith('..') || isAbsolute(fromProject) ? dir : fromProject;
}

/** Whether the absolute folder `dir` is `other` or inside it. */
const inside = (dir: string, other: string) => dir === other || dir.startsWith(other + sep);

/** Where `path` (absolute) really is, links followed: for a folder not yet made, its nearest existing parent's. */
export function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}

/**
 * Stops a build before it touches anything when its output folder would take what it reads with it: a publish's
 * edition (`--from dist` with the default `--outDir dist` removed the edition; so did a link to it), the content, or
 * the project (which may hold it). Folders are compared where they really are, links followed.
 */
export function refuseOverlap(outDir: string, reads: Record<string, string | undefined>, project: string): void {
  const out = realPath(outDir);
  const refuse = (name: string, dir: string) => {
    console.error(
      `build: --outDir ${shownPath(outDir)} and ${name} ${shownPath(dir)} overlap: the build empties its output folder, and would take what it reads with it; nothing was touched`,
    );
    process.exit(1);
  };
  // The project may hold the output folder (dist/), not the other way round.
  if (inside(realPath(project), out)) refuse('the project', project);
  for (const [name, dir] of Object.entries(reads)) {
    if (dir === undefined) continue;
    const read = realPath(dir);
    if (inside(out, read) || inside(read, out)) refuse(name, dir);
  }
}

/** The edition `--from` names, where it really is (a deploy's `live` is a link); a build stops if there is none. */
export function editionFrom(named: string): string {
  if (!existsSync(named)) {
    console.error(`build: --from ${shownPath(named)}: there is no such folder; nothing was touched`);
    process.exit(1);
  }
  return realPath(named);
}
