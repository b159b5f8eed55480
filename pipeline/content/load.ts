import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { digestOf } from './digest.ts';
import { jsonSyntaxError } from './jsonSyntax.ts';
import { fieldPath, type Problem } from './problems.ts';
import {
  editionSchema,
  metaSchema,
  topicsSchema,
  versionSchema,
  type EditionConfig,
  type Meta,
  type Topic,
  type Version,
} from './schema.ts';

export type SourceArticle = {
  /** Folder of the article, relative to the working directory, for messages. */
  dir: string;
  meta: Meta;
  versions: Partial<Record<Lang, Version>>;
  /**
   * Digests of its files as read: of the whole story (meta.json and every version), and of each version's file. A
   * publish recognises the work it kept for a story by them (pipeline/deploy/keptWork.ts).
   */
  digests: { story: string; versions: Partial<Record<Lang, string>> };
};

export type LoadedContent = {
  root: string;
  edition?: EditionConfig;
  topics: Topic[];
  articles: SourceArticle[];
  problems: Problem[];
};

type Parsed<T> = { value: T; problems: [] } | { value?: undefined; problems: Problem[] };

/**
 * The text of `file`, or undefined when there is no such file (cheaper than asking first: an archive has tens of
 * thousands).
 */
function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseFile<T>(file: string, schema: z.ZodType<T>, text = readFileSync(file, 'utf8')): Parsed<T> {
  const name = relative(process.cwd(), file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = jsonSyntaxError(text, error instanceof Error ? error.message : String(error));
    return { problems: [{ file: name, field: '', message: `is not valid JSON: ${reason}` }] };
  }
  const result = schema.safeParse(json);
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: name,
      field: fieldPath(issue.path),
      message: issue.message,
    })),
  };
}

function loadArticle(dir: string, problems: Problem[]): SourceArticle | undefined {
  const metaFile = join(dir, 'meta.json');
  const metaText = readFileSync(metaFile, 'utf8');
  const meta = parseFile(metaFile, metaSchema, metaText);
  problems.push(...meta.problems);
  const versions: Partial<Record<Lang, Version>> = {};
  const digests: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const file = join(dir, `${lang}.json`);
    const text = readIfPresent(file);
    if (text === undefined) continue;
    const version = parseFile(file, versionSchema, text);
    problems.push(...version.problems);
    if (version.value) versions[lang] = version.value;
    digests[lang] = digestOf(text);
  }
  if (!meta.value) return undefined;
  const story = digestOf(metaText, ...LANGS.map((lang) => digests[lang] ?? ''));
  return { dir: relative(process.cwd(), dir), meta: meta.value, versions, digests: { story, versions: digests } };
}

const TOPICS_FILE = 'topics.json';

/** The topic list of the content under `root`, as messages name it. */
export const topicsFile = (root: string) => relative(process.cwd(), join(root, TOPICS_FILE));

function parseTopics(root: string): Parsed<Topic[]> | undefined {
  const file = join(root, TOPICS_FILE);
  return existsSync(file) ? parseFile(file, topicsSchema) : undefined;
}

/** The edition's topics: none when topics.json is missing or broken (the content check says why). */
export function topicsIn(root: string): Topic[] {
  return parseTopics(root)?.value ?? [];
}

/** Reads `edition.json` and every `articles/<id>/` folder under `root`, collecting every schema problem. */
export function loadContent(root: string): LoadedContent {
  const problems: Problem[] = [];
  const editionFile = join(root, 'edition.json');
  const edition = existsSync(editionFile) ? parseFile(editionFile, editionSchema) : undefined;
  if (!edition) problems.push({ file: relative(process.cwd(), editionFile), field: '', message: 'is missing' });
  else problems.push(...edition.problems);

  const topics = parseTopics(root);
  if (!topics) problems.push({ file: topicsFile(root), field: '', message: 'is missing' });
  else problems.push(...topics.problems);

  const articlesDir = join(root, 'articles');
  const articles = articleFolders(root)
    .map((name) => loadArticle(join(articlesDir, name), problems))
    .filter((article): article is SourceArticle => article !== undefined);
  return {
    root: relative(process.cwd(), root) || '.',
    edition: edition?.value,
    topics: topics?.value ?? [],
    articles,
    problems,
  };
}

/** The names of the `articles/<id>/` folders under `root`, in order. */
function articleFolders(root: string): string[] {
  const articlesDir = join(root, 'articles');
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((folder) => folder.name)
    .sort();
}

/**
 * Each story's headline in `lang`, by id (its folder's name, which the check holds equal to its
 * id), read straight from its version file: what an import looks stories up by, without loading
 * and checking the whole archive (a third of a second per 10,000 stories; the build checks them).
 */
export function headlinesIn(root: string, lang: Lang): Map<string, string> {
  const headlines = new Map<string, string>();
  for (const id of articleFolders(root)) {
    const text = readIfPresent(join(root, 'articles', id, `${lang}.json`));
    if (text === undefined) continue;
    try {
      const { headline } = JSON.parse(text) as { headline?: unknown };
      if (typeof headline === 'string') headlines.set(id, headline);
    } catch {
      // A file that is not JSON names no story; the build reports it.
    }
  }
  return headlines;
}
