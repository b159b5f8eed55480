import { checkContent } from './check.ts';
import { loadContent } from './load.ts';
import { ContentError, type Problem } from './problems.ts';
import { publishEdition, type PublishedFiles } from './publish.ts';

/** Every problem in the content under `root`: schema first, then the checks across files. */
export function findContentProblems(root: string): Problem[] {
  const content = loadContent(root);
  return content.problems.length > 0 ? content.problems : checkContent(content);
}

/** Loads, checks and publishes the edition under `root`; throws a ContentError listing every problem. */
export function buildEdition(root: string, pageSize?: number): PublishedFiles {
  const content = loadContent(root);
  const problems = content.problems.length > 0 ? content.problems : checkContent(content);
  if (problems.length > 0 || !content.edition) throw new ContentError(problems);
  return publishEdition(content.articles, content.edition, pageSize);
}
