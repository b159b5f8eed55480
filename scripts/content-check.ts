import { parseArgs } from 'node:util';
import { inspectContent } from '../pipeline/content/inspect.ts';
import { formatProblem } from '../pipeline/content/problems.ts';

// npm run content:check [-- --root DIR] [--strict]: every problem in the content, one
// `file: field: message` a line, and then what may be a mistake (a paragraph left untranslated),
// each a `warning:` line. Problems fail the check; warnings fail it only with --strict.

const { values } = parseArgs({
  options: { root: { type: 'string', default: 'content' }, strict: { type: 'boolean', default: false } },
});
const { content, problems, warnings } = inspectContent(values.root);
for (const problem of problems) console.error(formatProblem(problem));
for (const warning of warnings) console.error(`warning: ${formatProblem(warning)}`);
if (problems.length > 0) {
  console.error(`content:check: ${problems.length} problem(s)`);
  process.exit(1);
}
const versions = content.articles.reduce((count, article) => count + Object.keys(article.versions).length, 0);
const said =
  warnings.length > 0
    ? `no problems, ${warnings.length} warning(s)${values.strict ? ', which --strict makes fail' : ''}`
    : 'no problems';
console.log(`content:check: ${content.articles.length} stories, ${versions} language versions, ${said}`);
if (values.strict && warnings.length > 0) process.exit(1);
