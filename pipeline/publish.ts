import { articleHead, frontPageHead } from './heads.ts';
import { versionReadingMinutes } from './readingTime.ts';
import { relatedStories } from './relatedStories.ts';
import { summaryOf } from './summary.ts';
import { LANGS, perLang, type Lang } from '../src/i18n/languages.ts';
import type { SourceArticle } from './load.ts';
import { articleResourcePath, FRONT_PAGE_SIZE, frontPageResourcePath } from '../src/content-api/paths.ts';
import type { ArticleResource, ArticleView, BlockView, FrontPageView, StoryRef, StorySummary } from '../src/content-api/published.ts';
import type { Block, EditionConfig, Version } from './schema.ts';

// Turns checked source articles into what the reader can open: every story in every language
// (its own version, or its original where it has none), the slugs that redirect, and the paginated
// front page of each language, each with its head.

type Resolved = { article: SourceArticle; lang: Lang; contentLang: Lang; version: Version };

/** The version a reader of `lang` gets: that language's, or the original when there is none. */
function resolve(article: SourceArticle, lang: Lang): Resolved {
  const contentLang = article.versions[lang] ? lang : article.meta.originalLanguage;
  const version = article.versions[contentLang];
  if (!version) throw new Error(`${article.dir}: no ${contentLang} version (run the content check first)`);
  return { article, lang, contentLang, version };
}

function storyRef({ article, contentLang, version }: Resolved): StoryRef {
  return { id: article.meta.id, slug: version.slug, headline: version.headline, kind: article.meta.kind, contentLang };
}

function blockView(block: Block, lang: Lang, byId: Map<string, SourceArticle>): BlockView {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', id: block.id, text: block.text };
    case 'readAlso':
      return { type: 'readAlso', id: block.id, text: block.text, story: storyRef(resolve(lookup(byId, block.target), lang)) };
  }
}

function lookup(byId: Map<string, SourceArticle>, id: string): SourceArticle {
  const article = byId.get(id);
  if (!article) throw new Error(`unknown story id "${id}" (run the content check first)`);
  return article;
}

function articleView(resolved: Resolved, byId: Map<string, SourceArticle>, related: string[], origin: string): ArticleView {
  const { article, lang, contentLang, version } = resolved;
  const slugs = perLang((l) => resolve(article, l).version.slug);
  const view = {
    id: article.meta.id,
    lang,
    contentLang,
    originalLanguage: article.meta.originalLanguage,
    kind: article.meta.kind,
    slug: version.slug,
    headline: version.headline,
    ...(version.standfirst ? { standfirst: version.standfirst } : {}),
    ...(version.dateline ? { dateline: version.dateline } : {}),
    ...(article.meta.published ? { published: article.meta.published } : {}),
    credit: version.credit,
    readingMinutes: versionReadingMinutes(version, contentLang),
    blocks: version.blocks.map((block) => blockView(block, lang, byId)),
    related: related.map((id) => storyRef(resolve(lookup(byId, id), lang))),
    slugs,
    available: LANGS.filter((l) => article.versions[l] !== undefined),
  };
  return { ...view, head: articleHead(view, origin) };
}


/** The edition's order: the lead story, then dated stories newest first, then the rest by id. */
export function editionOrder(articles: SourceArticle[], edition: EditionConfig): SourceArticle[] {
  const rank = (article: SourceArticle) => (article.meta.id === edition.lead ? 0 : 1);
  return [...articles].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.meta.published ?? '').localeCompare(a.meta.published ?? '') ||
      a.meta.id.localeCompare(b.meta.id),
  );
}

function frontPages(ordered: SourceArticle[], lang: Lang, { pageSize, origin }: PublishOptions): FrontPageView[] {
  const stories: StorySummary[] = ordered.map((article) => {
    const resolved = resolve(article, lang);
    return { ...storyRef(resolved), summary: summaryOf(resolved.version) };
  });
  const pageCount = Math.max(1, Math.ceil(stories.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => {
    const page = { lang, page: index + 1, pageCount };
    return { ...page, stories: stories.slice(index * pageSize, (index + 1) * pageSize), head: frontPageHead(page, origin) };
  });
}

/** `origin` is the public address canonical URLs and social tags name; `pageSize`, the front page's stories per page. */
export type PublishOptions = { origin: string; pageSize: number };

/** A slug of another language's version, which leads to this language's slug. */
export type SlugRedirect = { lang: Lang; from: string; to: string };

/** Everything the reader can open, in every language: what the manifest, the JSON files and the heads are made from. */
export type PublishedEdition = { articles: ArticleView[]; redirects: SlugRedirect[]; frontPages: FrontPageView[] };

export function publishEdition(articles: SourceArticle[], edition: EditionConfig, { origin, pageSize = FRONT_PAGE_SIZE }: { origin: string; pageSize?: number }): PublishedEdition {
  const byId = new Map(articles.map((article) => [article.meta.id, article]));
  const ordered = editionOrder(articles, edition);
  const related = relatedStories(ordered);
  return {
    articles: LANGS.flatMap((lang) => articles.map((article) => articleView(resolve(article, lang), byId, related.get(article.meta.id) ?? [], origin))),
    redirects: LANGS.flatMap((lang) =>
      articles.flatMap((article) => {
        const to = resolve(article, lang).version.slug;
        return Object.values(article.versions).flatMap((version) => (version.slug === to ? [] : [{ lang, from: version.slug, to }]));
      }),
    ),
    frontPages: LANGS.flatMap((lang) => frontPages(ordered, lang, { origin, pageSize })),
  };
}

/** The JSON files the reader fetches, by path: one per article and language, one per redirecting slug, one per front page. */
export function publishedFiles(edition: PublishedEdition): Map<string, ArticleResource | FrontPageView> {
  return new Map<string, ArticleResource | FrontPageView>([
    ...edition.articles.map((article) => [articleResourcePath(article.lang, article.slug), { type: 'article', article }] as const),
    ...edition.redirects.map(({ lang, from, to }) => [articleResourcePath(lang, from), { type: 'redirect', slug: to }] as const),
    ...edition.frontPages.map((page) => [frontPageResourcePath(page.lang, page.page), page] as const),
  ]);
}
