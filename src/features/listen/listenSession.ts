// Where the reader stopped listening to each story they left while it was being read, for as long as the app runs:
// back on the story, Listen offers to go on there.

const left = new Map<string, string>();

/** The unit the reader left `story` at, if they left it while listening. */
export function leftAt(story: string): string | undefined {
  return left.get(story);
}

/** Remembers that the reader left `story` at `unit` while listening (undefined: they stopped, nothing to go on). */
export function rememberLeftAt(story: string, unit: string | undefined): void {
  if (unit === undefined) left.delete(story);
  else left.set(story, unit);
}
