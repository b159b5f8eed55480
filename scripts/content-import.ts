import { parseArgs } from 'node:util';
import { WireCopyError } from '../pipeline/wire/wireCopy.ts';
import { importWireCopy, ImportError, type ImportOptions } from '../pipeline/wire/importWireCopy.ts';
import { HEADLINES_CACHE } from '../pipeline/wire/keptHeadlines.ts';
import { ARTICLE_KINDS, type ArticleKind } from '../src/content-api/published.ts';
import { DEFAULT_LANG, isLang, LANGS } from '../src/i18n/languages.ts';

// npm run content:import -- <wire-copy.txt> --topic ID [--topic ID…] [--lang fr] [--kind dispatch] [--dateline PLACE]
// [--published YYYY-MM-DD] [--credit SOURCE] [--force]

const USAGE = `usage: npm run content:import -- <wire-copy.txt> --topic ID [--topic ID…] [--lang ${LANGS.join('|')}] [--kind ${ARTICLE_KINDS.join('|')}] [--dateline PLACE] [--published YYYY-MM-DD] [--credit SOURCE] [--force] [--root CONTENT_FOLDER]`;

class UsageError extends Error {}

const isKind = (value: string): value is ArticleKind => (ARTICLE_KINDS as readonly string[]).includes(value);

function readArguments(): { file: string; options: ImportOptions } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: DEFAULT_LANG },
      kind: { type: 'string', default: 'dispatch' },
      credit: { type: 'string' },
      dateline: { type: 'string' },
      published: { type: 'string' },
      topic: { type: 'string', multiple: true, default: [] },
      root: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(USAGE);
  if (!isLang(values.lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, not "${values.lang}"`);
  if (!isKind(values.kind))
    throw new UsageError(`--kind must be one of ${ARTICLE_KINDS.join(', ')}, not "${values.kind}"`);
  const { topic, ...rest } = values;
  const options = { ...rest, topics: topic, lang: values.lang, kind: values.kind, headlineCache: HEADLINES_CACHE };
  return { file, options };
}

/** The one-line reason for a refusal, or undefined for an unexpected error (which is rethrown). */
function reason(error: unknown, file: string): string | undefined {
  if (error instanceof UsageError) return error.message;
  if (error instanceof WireCopyError || error instanceof ImportError) return `${file}: ${error.message}`;
  if (error instanceof Error && 'code' in error) {
    if (error.code === 'ENOENT') return `${file}: no such file`;
    if (String(error.code).startsWith('ERR_PARSE_ARGS')) return `${error.message}\n${USAGE}`;
  }
  return undefined;
}

let file = '';
try {
  const args = readArguments();
  file = args.file;
  const result = importWireCopy(file, args.options);
  for (const { line, message } of result.warnings)
    console.error(`content:import: warning: ${file}: line ${line}: ${message}`);
  console.log(result.status === 'unchanged' ? `${result.file} (unchanged)` : result.file);
} catch (error) {
  const message = reason(error, file);
  if (!message) throw error;
  console.error(`content:import: ${message}`);
  process.exit(1);
}
