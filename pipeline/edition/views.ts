import { frontPageHead } from './heads.ts';
import { relatedStories } from './relatedStories.ts';
import type { KeptTallies } from './wordTallies.ts';
import type { KeptWork } from './keptWork.ts';
import { wordsOfEveryVersion } from './readingTime.ts';
import { articleEntry, resolve, storyRef, type ArticleEntry } from './articleView.ts';
import { LANGS, perLang, type Lang } from '../../src/i18n/languages.ts';
import type { SourceArticle } from '../content/load.ts';
import { articleResourcePath, FRONT_PAGE_SIZE, frontPageResourcePath } from '../../src/content-api/paths.ts';
import type {
  ArticleResource,
  FrontPageView,
  Sections,
  StorySummary,
  TopicPageView,
  TopicResource,
} from '../../src/content-api/published.ts';
import { topicResourcePath } from '../../src/content-api/paths.ts';
import { onFirstPage, paginate } from './paginate.ts';
import type { EditionConfig, Topic } from '../content/schema.ts';
import type { SlugRedirect } from './slugRedirect.ts';
import { sectionsOf, topicPages, topicRedirects } from './topicPages.ts';

// Turns checked source articles into what the reader can open: every story in every language
// (its own version, or its original where it has none), the slugs that redirect, and the paginated
// front page of each language, each with its head.

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

/** Each story of the edition, in its order, as lists in `lang` show it. */
function storySummaries(ordered: SourceArticle[], lang: Lang): { article: SourceArticle; summary: StorySummary }[] {
  return ordered.map((article) => {
    const resolved = resolve(article, lang);
    return { article, summary: { ...storyRef(resolved), summary: resolved.version.summary } };
  });
}

function frontPages(
  stories: StorySummary[],
  sections: Sections,
  lang: Lang,
  { pageSize, origin }: PublishOptions,
): FrontPageView[] {
  return paginate(stories, pageSize, (position, page) => ({
    lang,
    ...position,
    stories: page,
    sections: onFirstPage(position.page, sections),
    head: frontPageHead({ lang, ...position }, origin),
  }));
}

/**
 * `origin` is the public address canonical URLs and social tags name; `pageSize`, the front page's stories per page.
 */
export type PublishOptions = { origin: string; pageSize: number };

/** A slug of another language's version, which leads to this language's slug. */
/** Everything the reader can open, in every language: what the manifest, the JSON files and the heads are made from. */
export type PublishedEdition = {
  /** Every story's page in every language, its view made when asked for. */
  articles: ArticleEntry[];
  /** Other-language slugs of stories and of topics. */
  redirects: SlugRedirect[];
  topicRedirects: SlugRedirect[];
  frontPages: FrontPageView[];
  topicPages: TopicPageView[];
  /** The word tallies related stories were found from, for the next publish to start from. */
  tallies: KeptTallies;
  /** The words of each version, by its file's digest, for the next publish to start from. */
  readingWords: Map<string, number>;
};

/** The checked content an edition is published from. */
export type EditionSource = { articles: SourceArticle[]; edition: EditionConfig; topics: Topic[] };

type Summaries = Record<Lang, { article: SourceArticle; summary: StorySummary }[]>;

function publishTopics(
  summaries: Summaries,
  sections: Record<Lang, Sections>,
  topics: Topic[],
  options: PublishOptions,
) {
  const pages = LANGS.flatMap((lang) =>
    topicPages({ lang, topics, stories: summaries[lang], sections: sections[lang], ...options }),
  );
  const redirects = LANGS.flatMap((lang) => topicRedirects(topics, lang, pages));
  return { pages, redirects };
}

/** The edition's views: what each page shows in each language, made from the checked content. */
export function editionViews(
  { articles, edition, topics }: EditionSource,
  {
    origin,
    pageSize = FRONT_PAGE_SIZE,
    kept,
  }: { origin: string; pageSize?: number; kept?: Pick<KeptWork, 'tallies' | 'readingWords'> },
): PublishedEdition {
  const readingWords = wordsOfEveryVersion(articles, kept?.readingWords);
  const lookups = {
    readingWords,
    byId: new Map(articles.map((article) => [article.meta.id, article])),
    topicsById: new Map(topics.map((topic) => [topic.id, topic])),
  };
  const ordered = editionOrder(articles, edition);
  const { byStory: related, tallies } = relatedStories(ordered, kept?.tallies);
  const summaries = perLang((lang) => storySummaries(ordered, lang));
  const sections = perLang((lang) =>
    sectionsOf(
      topics,
      ordered.map((article) => ({ article })),
      lang,
    ),
  );
  const published = publishTopics(summaries, sections, topics, { origin, pageSize });
  return {
    articles: LANGS.flatMap((lang) =>
      articles.map((article) =>
        articleEntry(resolve(article, lang), lookups, related.get(article.meta.id) ?? [], origin),
      ),
    ),
    redirects: LANGS.flatMap((lang) =>
      articles.flatMap((article) => {
        const to = resolve(article, lang).version.slug;
        return Object.values(article.versions).flatMap((version) =>
          version.slug === to ? [] : [{ lang, from: version.slug, to }],
        );
      }),
    ),
    topicRedirects: published.redirects,
    frontPages: LANGS.flatMap((lang) =>
      frontPages(
        summaries[lang].map(({ summary }) => summary),
        sections[lang],
        lang,
        { origin, pageSize },
      ),
    ),
    topicPages: published.pages,
    tallies,
    readingWords,
  };
}

/** What one of the JSON files the reader fetches holds. */
export type PublishedData = ArticleResource | FrontPageView | TopicResource;

/** A story's data in one language, made when asked for. */
export const articleData = (article: ArticleEntry) => (): PublishedData => ({
  type: 'article',
  article: article.view(),
});

/**
 * The JSON files the reader fetches, by path, each one's data made when asked for: one per article and language, one
 * per redirecting slug, one per front and topic page.
 */
export function publishedFiles(edition: PublishedEdition): Map<string, () => PublishedData> {
  const made = (data: PublishedData) => () => data;
  return new Map<string, () => PublishedData>([
    ...edition.articles.map(
      (article) => [articleResourcePath(article.lang, article.slug), articleData(article)] as const,
    ),
    ...edition.redirects.map(
      ({ lang, from, to }) => [articleResourcePath(lang, from), made({ type: 'redirect', slug: to })] as const,
    ),
    ...edition.frontPages.map((page) => [frontPageResourcePath(page.lang, page.page), made(page)] as const),
    ...edition.topicPages.map(
      (view) => [topicResourcePath(view.lang, view.topic.slug, view.page), made({ type: 'topic', view })] as const,
    ),
    // A topic's other-language slug redirects from its first page only: that is the address people share.
    ...edition.topicRedirects.map(
      ({ lang, from, to }) => [topicResourcePath(lang, from, 1), made({ type: 'redirect', slug: to })] as const,
    ),
  ]);
}
