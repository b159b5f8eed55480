import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  articleIdFor,
  decodeUtf8,
  WireCopyError,
  wireCopyToArticle,
  parseWireCopy,
  type WireCopyWarning,
} from './wireCopy.ts';
import { titleKey } from '../content/titles.ts';
import { type Lang } from '../../src/i18n/languages.ts';
import { LANGUAGE_CONFIG } from '../../src/i18n/languageConfig.ts';
import { headlinesIn, topicsFile, topicsIn } from '../content/load.ts';
import { keptHeadlinesIn } from './keptHeadlines.ts';
import { metaSchema, type Meta, type Version } from '../content/schema.ts';

// Turns a plain-text dispatch into an article folder under the content root. Nothing is written
// unless the whole dispatch is good; an existing article is never replaced without `force`.

export const MAX_WIRE_COPY_BYTES = 1024 * 1024;

export type ImportOptions = {
  root: string;
  lang: Lang;
  kind: Meta['kind'];
  credit?: string;
  dateline?: string;
  /** The day the source published the dispatch (YYYY-MM-DD): a new story's date, never invented. */
  published?: string;
  /** The new story's topics (ids from content/topics.json); a version added to a story keeps its story's. */
  topics?: string[];
  force?: boolean;
  /** A folder where the headlines the import compares with are kept between imports (keptHeadlines.ts). */
  headlineCache?: string;
};

/** What was written, and what an editor would want to know of the copy (pipeline/wire/wireCopy.ts), line by line. */
export type ImportResult = { status: 'written' | 'unchanged'; file: string; warnings: WireCopyWarning[] };

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function readDispatch(file: string): string {
  const size = statSync(file).size;
  if (size > MAX_WIRE_COPY_BYTES)
    throw new WireCopyError(`the file is ${size} bytes; the limit is ${MAX_WIRE_COPY_BYTES} (1 MB)`);
  return decodeUtf8(readFileSync(file));
}

/** The topics named, each one checked against the edition's list; a new story needs at least one. */
function checkedTopics(root: string, topics: string[], newStory: boolean): string[] {
  const known = topicsIn(root).map((topic) => topic.id);
  const listed = `the topics in ${topicsFile(root)} are ${known.join(', ')}`;
  const unknown = topics.find((id) => !known.includes(id));
  if (unknown !== undefined) throw new ImportError(`unknown topic "${unknown}"; ${listed}`);
  if (newStory && topics.length === 0) throw new ImportError(`a new story needs at least one --topic; ${listed}`);
  return [...new Set(topics)];
}

/** A date as the content check accepts it, or a refusal that names the form. */
function checkedDate(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  if (!metaSchema.shape.published.safeParse(date).success)
    throw new ImportError(`--published must be a day, YYYY-MM-DD, not "${date}"`);
  return date;
}

function storyFinder(root: string, lang: Lang, cache?: string): (title: string) => string | undefined {
  const byTitle = new Map<string, string>();
  const headlines = cache === undefined ? headlinesIn(root, lang) : keptHeadlinesIn(root, lang, cache);
  for (const [id, headline] of headlines) byTitle.set(titleKey(headline), id);
  return (title) => byTitle.get(titleKey(title));
}

/** A dispatch whose headline is another story's would make two stories a reader cannot tell apart. */
function checkHeadlineIsNew(
  findStory: (title: string) => string | undefined,
  headline: string,
  id: string,
  lang: Lang,
) {
  const owner = findStory(headline);
  if (owner !== undefined && owner !== id)
    throw new ImportError(`"${headline}" is already the ${lang} headline of "${owner}"`);
}

/** A version added to a story must be of its kind: the story's meta.json, which says it, is kept. */
function checkSameKind(dir: string, kind: Meta['kind']) {
  const meta = readVersion(join(dir, 'meta.json')) as Partial<Meta> | undefined;
  if (meta?.kind !== undefined && meta.kind !== kind) {
    const folder = relative(process.cwd(), dir);
    throw new ImportError(
      `${folder} holds a story of kind "${meta.kind}", and --force keeps a story's kind: import this version with --kind ${meta.kind}`,
    );
  }
}

function readVersion(file: string): Partial<Version> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<Version>;
  } catch {
    return {};
  }
}

export function importWireCopy(file: string, options: ImportOptions): ImportResult {
  const dispatch = parseWireCopy(readDispatch(file));
  const id = articleIdFor(dispatch);
  const dir = join(options.root, 'articles', id);
  const findStory = storyFinder(options.root, options.lang, options.headlineCache);
  checkHeadlineIsNew(findStory, dispatch.headline, id, options.lang);
  checkSameKind(dir, options.kind);
  const target = join(dir, `${options.lang}.json`);
  const name = relative(process.cwd(), target);
  // Fields an editor added to an earlier import of this dispatch stay, unless this import names them.
  const existing = readVersion(target);
  const newStory = !existsSync(join(dir, 'meta.json'));
  const article = wireCopyToArticle(dispatch, {
    lang: options.lang,
    kind: options.kind,
    credit: options.credit ?? existing?.credit ?? LANGUAGE_CONFIG[options.lang].wireCredit,
    dateline: options.dateline ?? existing?.dateline,
    published: checkedDate(options.published),
    standfirst: existing?.standfirst,
    topics: checkedTopics(options.root, options.topics ?? [], newStory),
    findStory,
  });
  const version = toJson(article.version);

  const { warnings } = dispatch;
  if (existing && readFileSync(target, 'utf8') === version) return { status: 'unchanged', file: name, warnings };
  if (!options.force) {
    if (existing)
      throw new ImportError(`${name} already holds a different ${options.lang} article; use --force to replace it`);
    if (!newStory) {
      throw new ImportError(
        `${relative(process.cwd(), dir)} already holds another story; use --force to add this version to it`,
      );
    }
  }
  mkdirSync(dir, { recursive: true });
  if (newStory) writeFileSync(join(dir, 'meta.json'), toJson(article.meta));
  writeFileSync(target, version);
  return { status: 'written', file: name, warnings };
}
