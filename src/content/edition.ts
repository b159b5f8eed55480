import { checkContent } from './check.ts';
import { loadContent, type LoadedContent } from './load.ts';
import { ContentError, type Problem } from './problems.ts';
import { publishEdition, type PublishedFiles } from './publish.ts';

/** The content under `root` and every problem in it: schema first, then the checks across files. */
function checkedContent(root: string): { content: LoadedContent; problems: Problem[] } {
  const content = loadContent(root);
  return { content, problems: content.problems.length > 0 ? content.problems : checkContent(content) };
}

/** What `npm run content:check` and the build report. */
export function findContentProblems(root: string): Problem[] {
  return checkedContent(root).problems;
}

/** Loads, checks and publishes the edition under `root`; throws a ContentError listing every problem. */
export function buildEdition(root: string, pageSize?: number): PublishedFiles {
  const { content, problems } = checkedContent(root);
  if (problems.length > 0 || !content.edition) throw new ContentError(problems);
  return publishEdition(content.articles, content.edition, pageSize);
}
