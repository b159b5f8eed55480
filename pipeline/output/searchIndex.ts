import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { close, createIndex, type CustomRecord } from 'pagefind';
import { articleUrl } from '../../src/content-api/paths.ts';
import type { ArticleView } from '../../src/content-api/published.ts';
import { searchIndexPath, searchPartsPath, type SearchMeta, type SearchParts } from '../../src/content-api/search.ts';
import { LANGS, perLang, type Lang } from '../../src/i18n/languages.ts';
import { interfaceStrings } from '../edition/interfaceStrings.ts';
import type { ManifestPage } from '../edition/manifest.ts';
import { partSizesFrom, searchParts, type StoryRecord } from './searchParts.ts';

// The search index, written by Pagefind after the pages are prerendered: one bundle per language
// (dist/pagefind/fr/, dist/pagefind/en/), each holding every story that language's pages show, in
// the text they show it in, with that language's stemmer. Records come from the manifest, not from
// the HTML, so only the headline, standfirst and text are indexed (never the masthead, footer or
// related lists).
//
// A bundle is Pagefind's library with an index of one empty record at its root, and the index's
// parts (see searchParts.ts) in folders named by what they hold, listed newest first in parts.json.
// The browser merges every part into the library's engine and searches the newest parts first; it
// merges the other language's parts once a query has a word its page's language does not know (see
// src/features/search/pagefind.ts).

/** Every story as `lang`'s pages show it: in its `lang` version, or in its original where it has none. */
function storiesShownIn(pages: ManifestPage[], lang: Lang): ArticleView[] {
  return pages.flatMap((page) =>
    page.queries.flatMap(({ data }) => ('type' in data && data.type === 'article' && data.article.lang === lang ? [data.article] : [])),
  );
}

const storyText = (article: ArticleView) =>
  [article.headline, article.standfirst ?? '', ...article.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))].join(
    '\n\n',
  );

/**
 * One record per story that `lang`'s pages show: its text, with its headline and kind as that
 * language's page says them, at the address of the version the text is from (a story shown in its
 * original is found at the original's address, which tells the browser what language it matched in).
 */
export function searchRecords(pages: ManifestPage[], lang: Lang): StoryRecord[] {
  const t = interfaceStrings.getFixedT(lang);
  return storiesShownIn(pages, lang).map((article) => {
    const meta: SearchMeta = { title: article.headline, kind: t(`kind.${article.kind}`) };
    const url = articleUrl(article.contentLang, article.slugs[article.contentLang]);
    return { id: article.id, published: article.published, record: { url, content: storyText(article), language: lang, meta } };
  });
}

/** Pagefind's ready-made interfaces: Kiosque has its own, so they are not published. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;
/** The library: written once per language, at the bundle's root; a part's folder holds its index alone. */
const LIBRARY = /^(pagefind(-worker)?\.js|wasm\.\w+\.pagefind)$/;

/** The root's index: the library's engine needs one of its own, and every story is in a part. Its one word is no word a reader looks for. */
const libraryRecord = (lang: Lang): CustomRecord => ({ url: '/', content: '0', language: lang, meta: {} });

/** Builds an index of `records` and writes its files under `dir` (those `keep` accepts); returns the paths written. */
async function writeIndex(dir: string, records: CustomRecord[], keep: (file: string) => boolean): Promise<string[]> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`search index, ${record.url}: ${added.errors.join('; ')}`);
  }
  // Pagefind's own writeFiles can return before its last file is flushed, and close() then kills
  // the backend: a loaded machine once published an empty pagefind-entry.json. Its files are taken
  // in memory and written here instead, so each is whole when this returns.
  const { files, errors: failed } = await index.getFiles();
  if (failed.length > 0) throw new Error(`search index: ${failed.join('; ')}`);
  await index.deleteIndex();
  return files
    .filter(({ path }) => !UNUSED.test(path) && keep(path))
    .map(({ path, content }) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
      return join(dir, path);
    });
}

/** Where the parts come from: a part another edition already holds (same name, same bytes) is linked from it rather than built. */
export type PartSource = (bundle: string, part: string, outBundle: string) => boolean;

export type SearchIndexWritten = { stories: Record<Lang, number>; parts: number; built: number; files: string[] };

async function writeLanguageIndex(
  outDir: string,
  pages: ManifestPage[],
  lang: Lang,
  reuse: PartSource | undefined,
  written: SearchIndexWritten,
) {
  const bundle = join(outDir, searchIndexPath(lang));
  const stories = searchRecords(pages, lang);
  const parts = searchParts(stories, partSizesFrom(process.env.KIOSQUE_SEARCH_PARTS));
  written.files.push(...(await writeIndex(bundle, [libraryRecord(lang)], () => true)));
  for (const part of parts) {
    written.parts += 1;
    if (reuse?.(searchIndexPath(lang), part.name, bundle)) continue;
    written.built += 1;
    written.files.push(...(await writeIndex(join(bundle, part.name), part.records, (file) => !LIBRARY.test(file))));
  }
  const list: SearchParts = parts.map((part) => ({ path: `${part.name}/`, filter: part.filter }));
  writeFileSync(join(outDir, searchPartsPath(lang)), `${JSON.stringify(list)}\n`);
  written.files.push(join(outDir, searchPartsPath(lang)));
  written.stories[lang] = stories.length;
}

/** Writes each language's search bundle under `outDir`, building only the parts `reuse` does not provide; says what it wrote. */
export async function writeSearchIndex(outDir: string, pages: ManifestPage[], reuse?: PartSource): Promise<SearchIndexWritten> {
  const written: SearchIndexWritten = { stories: perLang(() => 0), parts: 0, built: 0, files: [] };
  try {
    for (const lang of LANGS) await writeLanguageIndex(outDir, pages, lang, reuse, written);
    return written;
  } finally {
    await close();
  }
}
