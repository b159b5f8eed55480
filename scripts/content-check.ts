import { parseArgs } from 'node:util';
import { findContentProblems } from '../pipeline/edition/buildEdition.ts';
import { loadContent } from '../pipeline/content/load.ts';
import { formatProblem } from '../pipeline/content/problems.ts';

// npm run content:check [-- --root DIR]: every problem in the content, one `file: field: message` a line.

const { values } = parseArgs({ options: { root: { type: 'string', default: 'content' } } });
const problems = findContentProblems(values.root);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`content:check: ${problems.length} problem(s)`);
  process.exit(1);
}
const { articles } = loadContent(values.root);
const versions = articles.reduce((count, article) => count + Object.keys(article.versions).length, 0);
console.log(`content:check: ${articles.length} stories, ${versions} language versions, no problems`);
