import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex, type CustomRecord } from 'pagefind';
import { articleUrl } from '../src/content-api/paths.ts';
import type { ArticleView } from '../src/content-api/published.ts';
import { searchIndexPath, type SearchFilters } from '../src/content-api/search.ts';
import { LANGS, otherLang, type Lang } from '../src/i18n/languages.ts';
import type { ManifestPage } from './manifest.ts';

// The search index, written by Pagefind after the pages are prerendered: one bundle per language
// (dist/pagefind/fr/, dist/pagefind/en/), each indexing that language's own versions with its
// stemmer. Records come from the manifest, not from the HTML, so only the headline, standfirst and
// text are indexed (never the masthead, footer or related lists). The browser searches its page's
// language first and merges the other's, so a query in either language finds the story.

/** Every story as the manifest publishes it, by language and id. */
function articlesByLang(pages: ManifestPage[]): Map<string, ArticleView> {
  const articles = new Map<string, ArticleView>();
  for (const page of pages) {
    for (const { data } of page.queries) if ('type' in data && data.type === 'article') articles.set(`${data.article.lang}/${data.article.id}`, data.article);
  }
  return articles;
}

const storyText = (article: ArticleView) =>
  [article.headline, article.standfirst ?? '', ...article.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))].join('\n\n');

/** What a result shows in `lang`: the story's headline, address and summary there (its original's where it has no version). */
function shownIn(lang: Lang, article: ArticleView | undefined): Partial<SearchFilters> {
  if (!article) return {};
  const summary = article.standfirst ?? article.blocks.find((block) => block.type === 'paragraph')?.text ?? '';
  return { [`title_${lang}`]: [article.headline], [`url_${lang}`]: [articleUrl(lang, article.slug)], [`lang_${lang}`]: [article.contentLang], [`summary_${lang}`]: [summary] };
}

/** One record per story version written in `lang` (a page showing another language's original is not one). */
export function searchRecords(pages: ManifestPage[], lang: Lang): CustomRecord[] {
  const articles = articlesByLang(pages);
  return [...articles.values()]
    .filter((article) => article.lang === lang && article.contentLang === lang)
    .map((article) => {
      const other = articles.get(`${otherLang(lang)}/${article.id}`);
      const filters = { id: [article.id], kind: [article.kind], ...shownIn(lang, article), ...shownIn(otherLang(lang), other) };
      return { url: articleUrl(lang, article.slug), content: storyText(article), language: lang, meta: { title: article.headline }, filters: filters as Record<string, string[]> };
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
