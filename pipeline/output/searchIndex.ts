import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { close, createIndex, type CustomRecord } from 'pagefind';
import { articleUrl } from '../../src/content-api/paths.ts';
import type { ArticleView } from '../../src/content-api/published.ts';
import { searchIndexPath, type SearchMeta } from '../../src/content-api/search.ts';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { interfaceStrings } from '../edition/interfaceStrings.ts';
import type { ManifestPage } from '../edition/manifest.ts';

// The search index, written by Pagefind after the pages are prerendered: one bundle per language
// (dist/pagefind/fr/, dist/pagefind/en/), each holding every story that language's pages show, in
// the text they show it in, with that language's stemmer. Records come from the manifest, not from
// the HTML, so only the headline, standfirst and text are indexed (never the masthead, footer or
// related lists). The browser searches its page's language's bundle, and merges the other's once
// a query has a word that language does not know (see src/features/search/pagefind.ts).

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
export function searchRecords(pages: ManifestPage[], lang: Lang): CustomRecord[] {
  const t = interfaceStrings.getFixedT(lang);
  return storiesShownIn(pages, lang).map((article) => {
    const meta: SearchMeta = { title: article.headline, kind: t(`kind.${article.kind}`) };
    const url = articleUrl(article.contentLang, article.slugs[article.contentLang]);
    return { url, content: storyText(article), language: lang, meta };
  });
}

/** Pagefind's ready-made interfaces: Kiosque has its own, so they are not published. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

async function writeLanguageIndex(outDir: string, pages: ManifestPage[], lang: Lang): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  const records = searchRecords(pages, lang);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`search index, ${record.url}: ${added.errors.join('; ')}`);
  }
  // Pagefind's own writeFiles can return before its last file is flushed, and close() then kills
  // the backend: a loaded machine once published an empty pagefind-entry.json. Its files are taken
  // in memory and written here instead, so each is whole when this returns.
  const { files, errors: failed } = await index.getFiles();
  if (failed.length > 0) throw new Error(`search index: ${failed.join('; ')}`);
  const dir = join(outDir, searchIndexPath(lang));
  for (const { path, content } of files) {
    if (UNUSED.test(path)) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return records.length;
}

/** Writes each language's search bundle under `outDir`; returns how many stories each indexes. */
export async function writeSearchIndex(outDir: string, pages: ManifestPage[]): Promise<Record<Lang, number>> {
  try {
    const counts: Partial<Record<Lang, number>> = {};
    for (const lang of LANGS) counts[lang] = await writeLanguageIndex(outDir, pages, lang);
    return counts as Record<Lang, number>;
  } finally {
    await close();
  }
}
