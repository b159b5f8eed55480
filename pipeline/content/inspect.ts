import { checkContent } from './check.ts';
import { loadContent, type LoadedContent } from './load.ts';
import type { Problem } from './problems.ts';
import type { KeptStories } from './storyRecords.ts';
import { contentWarnings } from './warnings.ts';

/**
 * The content under `root` and every problem in it: schema first, then the checks across files. `kept`, the stories the
 * build of the live edition read (load.ts).
 */
export function checkedContent(root: string, kept?: KeptStories): { content: LoadedContent; problems: Problem[] } {
  const content = loadContent(root, kept);
  return { content, problems: content.problems.length > 0 ? content.problems : checkContent(content) };
}

/** What `npm run content:check` and the build report. */
export function findContentProblems(root: string): Problem[] {
  return checkedContent(root).problems;
}

/**
 * What `npm run content:check` reports: the content, its problems, and what may be a mistake
 * (content/warnings.ts), looked for once the content has no problems.
 */
export function inspectContent(root: string): { content: LoadedContent; problems: Problem[]; warnings: Problem[] } {
  const { content, problems } = checkedContent(root);
  return { content, problems, warnings: problems.length > 0 ? [] : contentWarnings(content) };
}
