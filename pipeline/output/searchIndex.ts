import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleUrl } from '../../src/content-api/paths.ts';
import { ARTICLE_KINDS, type ArticleView } from '../../src/content-api/published.ts';
import { searchIndexPath, searchPartsPath, type SearchMeta, type SearchParts } from '../../src/content-api/search.ts';
import type { CustomRecord } from 'pagefind';
import { LANGS, perLang, type Lang } from '../../src/i18n/languages.ts';
import { interfaceStrings } from '../edition/interfaceStrings.ts';
import type { ManifestPage } from '../edition/manifest.ts';
import { partSizesFrom, searchParts, type SearchPart, type StoryRecord } from './searchParts.ts';
import { buildIndexes, type IndexJob } from './pagefindIndex.ts';
import { withVariants } from './searchVariants.ts';

// The search index, written by Pagefind (after the pages in a full build, beside them in a publish):
// one bundle per language (dist/pagefind/fr/, dist/pagefind/en/), each holding every story that
// language's pages show, in the text they show it in, with that language's stemmer. Records come from
// the manifest, not from the HTML, so only the headline, standfirst and text are indexed (never the
// masthead, footer or related lists).
//
// A bundle is Pagefind's library with an index of one empty record at its root, and the index's
// parts (see searchParts.ts) in folders named by what they hold, listed newest first in parts.json.
// The browser merges every part into the library's engine and searches the newest parts first; it
// merges the other language's parts once a query has a word its page's language does not know (see
// src/features/search/pagefind.ts).

const storyText = (article: ArticleView) =>
  [
    article.headline,
    article.standfirst ?? '',
    ...article.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])),
  ].join('\n\n');

/**
 * One record per story that `lang`'s pages show: its text, with its headline and kind as that
 * language's page says them, at the address of the version the text is from (a story shown in its
 * original is found at the original's address, which tells the browser what language it matched in).
 * Each record is made when asked for, from the story's view, without its variants: they are worked out only for the
 * parts a build writes (withVariants), and the parts are named from the stories' sources (searchParts.ts).
 */
function plainRecords(pages: ManifestPage[], lang: Lang): StoryRecord[] {
  const t = interfaceStrings.getFixedT(lang);
  // Said once per kind: asking i18next for each of 10,000 stories took a fifth of a second.
  const kindNames = new Map(ARTICLE_KINDS.map((kind) => [kind, t(`kind.${kind}`)]));
  const record = (article: ArticleView): CustomRecord => ({
    url: articleUrl(article.contentLang, article.slugs[article.contentLang]),
    content: storyText(article),
    language: lang,
    meta: { title: article.headline, kind: kindNames.get(article.kind) ?? '' } satisfies SearchMeta,
  });
  return pages.flatMap(({ story }) =>
    story?.lang === lang
      ? [{ id: story.id, published: story.published, source: story.source, record: () => record(story.view()) }]
      : [],
  );
}

/** Every story's record in `lang`'s index, as it is indexed. */
export function searchRecords(pages: ManifestPage[], lang: Lang): { id: string; record: CustomRecord }[] {
  return plainRecords(pages, lang).map((story) => ({ id: story.id, record: withVariants(story.record()) }));
}

/**
 * What `outDir`'s bundles hold when the index is written: nothing (a full build), or the live
 * edition's bundles but their lists of parts, linked (a publish). A publish keeps the library and
 * every part still listed (a part's folder is named by what it holds), and removes the others.
 */
export type SearchIndexStart = 'empty' | 'previous';

/**
 * Where a build starts from, and the digest of the code it runs (buildState.ts codeDigest): with the language, what
 * makes a part's records and files from its stories, so that a part of the same stories is named anew when the code
 * changes.
 */
export type IndexOptions = { start: SearchIndexStart; code: string };

export type SearchIndexWritten = { stories: Record<Lang, number>; parts: number; built: number; files: string[] };

/** Whether the index in `dir` is whole: its entry file is the last one written. */
const isWhole = (dir: string) => existsSync(join(dir, 'pagefind-entry.json'));

/** A part's folder: the digest searchParts names it with. */
const PART_FOLDER = /^[0-9a-f]{12}$/;

/** Removes the part folders of `bundle` that `parts` no longer lists. */
function removeUnlistedParts(bundle: string, parts: SearchPart[]): void {
  const listed = new Set(parts.map((part) => part.name));
  if (!existsSync(bundle)) return;
  for (const entry of readdirSync(bundle, { withFileTypes: true }))
    if (entry.isDirectory() && PART_FOLDER.test(entry.name) && !listed.has(entry.name))
      rmSync(join(bundle, entry.name), { recursive: true, force: true });
}

/** What a language's bundle is to hold, and the indexes to build for it (pagefindIndex.ts builds them). */
type LanguagePlan = { lang: Lang; stories: number; parts: SearchPart[]; jobs: IndexJob[] };

/**
 * Names the parts of `lang`'s bundle, removes those it no longer lists, and says which indexes are to be built: the
 * library's own and every part the bundle does not hold whole already.
 */
function planLanguage(outDir: string, pages: ManifestPage[], lang: Lang, { start, code }: IndexOptions): LanguagePlan {
  const bundle = join(outDir, searchIndexPath(lang));
  const stories = plainRecords(pages, lang);
  const parts = searchParts(stories, partSizesFrom(process.env.KIOSQUE_SEARCH_PARTS), `${code}\0${lang}`);
  const kept = (dir: string) => start === 'previous' && isWhole(dir);
  removeUnlistedParts(bundle, parts);
  const jobs: IndexJob[] = [
    ...(kept(bundle) ? [] : [{ dir: bundle, lang }]),
    ...parts
      .filter((part) => !kept(join(bundle, part.name)))
      .map((part) => ({ dir: join(bundle, part.name), lang, records: part.stories.map((story) => story.record()) })),
  ];
  return { lang, stories: stories.length, parts, jobs };
}

/** Writes the list of `plan`'s parts, newest first, which the browser reads first. */
function writePartsList(outDir: string, { lang, parts }: LanguagePlan): string {
  const list: SearchParts = parts.map((part) => ({ path: `${part.name}/`, filter: part.filter }));
  const partsFile = join(outDir, searchPartsPath(lang));
  rmSync(partsFile, { force: true });
  writeFileSync(partsFile, `${JSON.stringify(list)}\n`);
  return partsFile;
}

/**
 * Writes each language's search bundle under `outDir`, building only the parts it does not hold already (see
 * SearchIndexStart), on every core when they are many (pagefindIndex.ts). Says what it wrote.
 */
export async function writeSearchIndex(
  outDir: string,
  pages: ManifestPage[],
  options: IndexOptions,
): Promise<SearchIndexWritten> {
  const plans = LANGS.map((lang) => planLanguage(outDir, pages, lang, options));
  const jobs = plans.flatMap((plan) => plan.jobs);
  const built = await buildIndexes(jobs);
  return {
    stories: perLang((lang) => plans.find((plan) => plan.lang === lang)?.stories ?? 0),
    parts: plans.reduce((sum, plan) => sum + plan.parts.length, 0),
    built: jobs.filter((job) => job.records).length,
    files: [...built.flat(), ...plans.map((plan) => writePartsList(outDir, plan))],
  };
}
