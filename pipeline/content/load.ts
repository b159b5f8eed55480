import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { digestOf } from './digest.ts';
import { jsonSyntaxError } from './jsonSyntax.ts';
import { fieldPath, type Problem } from './problems.ts';
import {
  fileKey,
  unchangedSince,
  versionRecord,
  type KeptStories,
  type KeptStory,
  type VersionRecord,
} from './storyRecords.ts';
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
  /** Its versions without their paragraphs: what lists, links and the checks across stories read. */
  versions: Partial<Record<Lang, VersionRecord>>;
  /**
   * Digests of its files as read: of the whole story (meta.json and every version), and of each version's file. A
   * publish recognises the work it kept for a story by them (pipeline/deploy/keptWork.ts).
   */
  digests: KeptStory['digests'];
  /**
   * Its version in `lang` whole, every block included: held since its files were read, or read again from its file
   * when the story was kept.
   */
  whole: (lang: Lang) => Version | undefined;
  /**
   * Kept from the build the publish starts from, its files unchanged since (their size, times and inode): its own
   * checks passed then, and its files are read again only for the pages that show its text.
   */
  kept: boolean;
};

export type LoadedContent = {
  root: string;
  edition?: EditionConfig;
  topics: Topic[];
  articles: SourceArticle[];
  problems: Problem[];
  /** The stories as read (or kept), by folder, for the next publish to recognise them. */
  stories: KeptStories;
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

/** A story's files, as the keys of a kept story list them: meta.json, then each language's version. */
const storyFiles = (dir: string) => [join(dir, 'meta.json'), ...LANGS.map((lang) => join(dir, `${lang}.json`))];

type Held = Partial<Record<Lang, Version>>;

/** A story read from its files, its versions held whole; undefined when its meta.json is broken. */
function readArticle(dir: string, problems: Problem[]): SourceArticle | undefined {
  const metaFile = join(dir, 'meta.json');
  const metaText = readFileSync(metaFile, 'utf8');
  const meta = parseFile(metaFile, metaSchema, metaText);
  problems.push(...meta.problems);
  const held: Held = {};
  const digests: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const file = join(dir, `${lang}.json`);
    const text = readIfPresent(file);
    if (text === undefined) continue;
    const version = parseFile(file, versionSchema, text);
    problems.push(...version.problems);
    if (version.value) held[lang] = version.value;
    digests[lang] = digestOf(text);
  }
  if (!meta.value) return undefined;
  const story = digestOf(metaText, ...LANGS.map((lang) => digests[lang] ?? ''));
  return heldArticle(relative(process.cwd(), dir), meta.value, held, { story, versions: digests });
}

/** A story as read from its files, its versions held whole. */
export function heldArticle(dir: string, meta: Meta, held: Held, digests: KeptStory['digests']): SourceArticle {
  const versions = Object.fromEntries(
    LANGS.flatMap((lang) => {
      const version = held[lang];
      return version ? [[lang, versionRecord(version)]] : [];
    }),
  );
  return { dir, meta, versions, digests, whole: (lang) => held[lang], kept: false };
}

/** A kept story's version in `lang`, read again from its file, which must still be what was digested. */
function readWhole(dir: string, lang: Lang, digest: string | undefined): Version | undefined {
  if (digest === undefined) return undefined;
  const file = join(dir, `${lang}.json`);
  const text = readFileSync(file, 'utf8');
  if (digestOf(text) !== digest)
    throw new Error(`${relative(process.cwd(), file)} changed while the edition was being built: build again`);
  return versionSchema.parse(JSON.parse(text));
}

/**
 * The story in `dir`: kept, when `kept` holds it and its files are as they were then, else read; with what the next
 * publish keeps of it.
 */
function loadArticle(
  dir: string,
  problems: Problem[],
  kept: KeptStory | undefined,
  readAt: number,
): { article: SourceArticle; story: KeptStory } | undefined {
  const files = storyFiles(dir).map(fileKey);
  if (kept && unchangedSince(kept.files, files, readAt)) {
    const { meta, versions, digests } = kept;
    const whole = (lang: Lang) => readWhole(dir, lang, digests.versions[lang]);
    return { article: { dir: relative(process.cwd(), dir), meta, versions, digests, whole, kept: true }, story: kept };
  }
  const article = readArticle(dir, problems);
  if (!article) return undefined;
  const { meta, versions, digests } = article;
  return { article, story: { files, meta, versions, digests } };
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

/**
 * Reads `edition.json` and every `articles/<id>/` folder under `root`, collecting every schema problem. `kept`, the
 * stories the build of the live edition read: those whose files are unchanged since are taken from it, not read.
 */
export function loadContent(root: string, kept?: KeptStories): LoadedContent {
  const readAt = Date.now();
  const problems: Problem[] = [];
  const editionFile = join(root, 'edition.json');
  const edition = existsSync(editionFile) ? parseFile(editionFile, editionSchema) : undefined;
  if (!edition) problems.push({ file: relative(process.cwd(), editionFile), field: '', message: 'is missing' });
  else problems.push(...edition.problems);

  const topics = parseTopics(root);
  if (!topics) problems.push({ file: topicsFile(root), field: '', message: 'is missing' });
  else problems.push(...topics.problems);

  const articlesDir = join(root, 'articles');
  const articles: SourceArticle[] = [];
  const byFolder = new Map<string, KeptStory>();
  for (const name of articleFolders(root)) {
    const loaded = loadArticle(join(articlesDir, name), problems, kept?.byFolder.get(name), kept?.readAt ?? 0);
    if (!loaded) continue;
    articles.push(loaded.article);
    byFolder.set(name, loaded.story);
  }
  return {
    root: relative(process.cwd(), root) || '.',
    edition: edition?.value,
    topics: topics?.value ?? [],
    articles,
    problems,
    stories: { readAt, byFolder },
  };
}

/** The names of the `articles/<id>/` folders under `root`, in order. */
export function articleFolders(root: string): string[] {
  const articlesDir = join(root, 'articles');
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((folder) => folder.name)
    .sort();
}

/** The headline `file` (a version) gives, if it is there and is JSON with one; the build reports any other. */
export function headlineIn(file: string): string | undefined {
  const text = readIfPresent(file);
  if (text === undefined) return undefined;
  try {
    const { headline } = JSON.parse(text) as { headline?: unknown };
    return typeof headline === 'string' ? headline : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each story's headline in `lang`, by id (its folder's name, which the check holds equal to its
 * id), read straight from its version file: what an import looks stories up by, without loading
 * and checking the whole archive (a third of a second per 10,000 stories; the build checks them).
 */
export function headlinesIn(root: string, lang: Lang): Map<string, string> {
  const headlines = new Map<string, string>();
  for (const id of articleFolders(root)) {
    const headline = headlineIn(join(root, 'articles', id, `${lang}.json`));
    if (headline !== undefined) headlines.set(id, headline);
  }
  return headlines;
}
