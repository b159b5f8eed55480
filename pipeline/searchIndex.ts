import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex, type CustomRecord } from 'pagefind';
import { articleUrl } from '../src/content-api/paths.ts';
import type { ArticleView } from '../src/content-api/published.ts';
import { searchIndexPath, type SearchMeta } from '../src/content-api/search.ts';
import { LANGS, type Lang } from '../src/i18n/languages.ts';
import { interfaceStrings } from './interfaceStrings.ts';
import type { ManifestPage } from './manifest.ts';

// The search index, written by Pagefind after the pages are prerendered: one bundle per language
// (dist/pagefind/fr/, dist/pagefind/en/), each indexing that language's own versions with its
// stemmer. Records come from the manifest, not from the HTML, so only the headline, standfirst and
// text are indexed (never the masthead, footer or related lists). The browser searches its page's
// language first and merges the other's, so a query in either language finds the story.

/** Every story version written in `lang`, as the manifest publishes it (a page showing another language's original is not one). */
function versionsIn(pages: ManifestPage[], lang: Lang): ArticleView[] {
  return pages.flatMap((page) => page.queries.flatMap(({ data }) => ('type' in data && data.type === 'article' && data.article.lang === lang && data.article.contentLang === lang ? [data.article] : [])));
}

const storyText = (article: ArticleView) =>
  [article.headline, article.standfirst ?? '', ...article.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))].join('\n\n');

/** One record per story version written in `lang`: its text, at its address, with its headline and kind as that language says them. */
export function searchRecords(pages: ManifestPage[], lang: Lang): CustomRecord[] {
  const t = interfaceStrings.getFixedT(lang);
  return versionsIn(pages, lang).map((article) => {
    const meta: SearchMeta = { title: article.headline, kind: t(`kind.${article.kind}`) };
    return { url: articleUrl(lang, article.slug), content: storyText(article), language: lang, meta };
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
  const dir = join(outDir, searchIndexPath(lang));
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
  for (const file of readdirSync(dir)) if (UNUSED.test(file)) rmSync(join(dir, file));
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
