import type { Head } from '../shared/head.ts';
import type { Lang } from '../i18n/languages.ts';

// The shapes the build publishes as JSON and the browser reads.

/** Wire copy (`dispatch`) or a background piece written for the edition (`explainer`). */
export const ARTICLE_KINDS = ['dispatch', 'explainer'] as const;

export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** A link to a story in one language; `contentLang` is the language its headline is written in. */
export type StoryRef = {
  id: string;
  slug: string;
  headline: string;
  kind: ArticleKind;
  contentLang: Lang;
};

/** A subject a story is filed under, as one language names and addresses it. */
export type TopicRef = { id: string; slug: string; name: string };

export type BlockView =
  { type: 'paragraph'; id: string; text: string } | { type: 'readAlso'; id: string; text: string; story: StoryRef };

export type ArticleView = {
  id: string;
  lang: Lang;
  contentLang: Lang;
  originalLanguage: Lang;
  kind: ArticleKind;
  slug: string;
  headline: string;
  standfirst?: string;
  dateline?: string;
  published?: string;
  credit: string;
  /** Whole minutes to read it, never less than one. */
  readingMinutes: number;
  blocks: BlockView[];
  related: StoryRef[];
  topics: TopicRef[];
  /** The slug this story is opened at in each language (its original's where it has no version). */
  slugs: Record<Lang, string>;
  /** The languages this story is written or translated in. */
  available: Lang[];
  /** The page's head, computed by the build (see pipeline/edition/heads.ts). */
  head: Head;
};

/** What `/content/{lang}/articles/{slug}.json` holds: the article, or the slug it lives at in this language. */
export type ArticleResource = { type: 'article'; article: ArticleView } | { type: 'redirect'; slug: string };

export type StorySummary = StoryRef & {
  /** The standfirst, or the opening paragraph when the story has none. */
  summary: string;
};

/**
 * The topics a language's pages file stories under, most stories first: the row of topics on each listing's first page
 * (later pages have none: its order changes with publishes that leave them alone).
 */
export type Sections = TopicRef[];

/**
 * Where a page of a listing sits: its number (the first page is 1; the others count from the oldest, 2 the oldest, so
 * that a page keeps its stories and its number as the archive grows), and the pages of newer and of older stories.
 */
export type ListingPosition = { page: number; newer?: number; older?: number };

export type FrontPageView = ListingPosition & {
  lang: Lang;
  stories: StorySummary[];
  sections: Sections;
  head: Head;
};

/** One page of a topic's stories, in the edition's order. */
export type TopicPageView = ListingPosition & {
  lang: Lang;
  topic: TopicRef;
  /** The topic's slug in each language: where the language switch leads. */
  slugs: Record<Lang, string>;
  stories: StorySummary[];
  sections: Sections;
  head: Head;
};

/**
 * What `/content/{lang}/topics/{slug}/{page}.json` holds: the page, or (first page only) the slug the topic lives at in
 * this language.
 */
export type TopicResource = { type: 'topic'; view: TopicPageView } | { type: 'redirect'; slug: string };
