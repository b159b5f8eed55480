import { articleHead } from './heads.ts';
import { readingMinutes, versionWords } from './readingTime.ts';
import { topicRef } from './topicPages.ts';
import { digestOf } from '../content/digest.ts';
import type { SourceArticle } from '../content/load.ts';
import type { Block, Topic, Version } from '../content/schema.ts';
import type { VersionRecord } from '../content/storyRecords.ts';
import { LANGS, perLang, type Lang } from '../../src/i18n/languages.ts';
import type { ArticleView, BlockView, StoryRef } from '../../src/content-api/published.ts';

// One story's view in one language (what its page shows, from its own version or its original), the reference other
// pages show of it, and a digest of what the view is made from.

export type Resolved = { article: SourceArticle; lang: Lang; contentLang: Lang; version: VersionRecord };

/** The version a reader of `lang` gets: that language's, or the original when there is none. */
export function resolve(article: SourceArticle, lang: Lang): Resolved {
  const contentLang = article.versions[lang] ? lang : article.meta.originalLanguage;
  const version = article.versions[contentLang];
  if (!version) throw new Error(`${article.dir}: no ${contentLang} version (run the content check first)`);
  return { article, lang, contentLang, version };
}

export function storyRef({ article, contentLang, version }: Resolved): StoryRef {
  return { id: article.meta.id, slug: version.slug, headline: version.headline, kind: article.meta.kind, contentLang };
}

function blockView(block: Block, readAlso: Refs['readAlso']): BlockView {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', id: block.id, text: block.text };
    case 'readAlso': {
      const story = readAlso[block.id];
      if (!story) throw new Error(`read-also "${block.id}" has no reference to its story`);
      return { type: 'readAlso', id: block.id, text: block.text, story };
    }
  }
}

function lookup(byId: Map<string, SourceArticle>, id: string): SourceArticle {
  const article = byId.get(id);
  if (!article) throw new Error(`unknown story id "${id}" (run the content check first)`);
  return article;
}

export type Lookups = {
  byId: Map<string, SourceArticle>;
  topicsById: Map<string, Topic>;
  /** The words of each version, by the digest of its file (readingTime.ts wordsOfEveryVersion). */
  readingWords: Map<string, number>;
};

/** How many words a reader of `whole` reads: counted once per version file for the whole edition. */
function wordsRead(whole: Version, digest: string | undefined, readingWords: Map<string, number>): number {
  return (digest === undefined ? undefined : readingWords.get(digest)) ?? versionWords(whole);
}

/** The version `resolved` names, every block included. */
function wholeOf({ article, contentLang }: Resolved): Version {
  const whole = article.whole(contentLang);
  if (!whole) throw new Error(`${article.dir}: no ${contentLang} version to show`);
  return whole;
}

/** What a story's page shows of other stories and of topics: what its view is made from beyond its own files. */
type Refs = Pick<ArticleView, 'related' | 'topics'> & { readAlso: Record<string, StoryRef> };

function refsOf({ article, lang, version }: Resolved, { byId, topicsById }: Lookups, related: string[]): Refs {
  const refOf = (id: string) => storyRef(resolve(lookup(byId, id), lang));
  return {
    related: related.map(refOf),
    readAlso: Object.fromEntries(version.readAlso.map(({ block }) => [block.id, refOf(block.target)])),
    topics: article.meta.topics.flatMap((id) => {
      const topic = topicsById.get(id);
      return topic ? [topicRef(topic, lang)] : [];
    }),
  };
}

/** What names a story's page and links it to its other languages, without its text. */
export type ArticleKeys = Pick<
  ArticleView,
  'id' | 'lang' | 'contentLang' | 'originalLanguage' | 'slug' | 'published' | 'slugs' | 'available'
>;

function articleView(
  resolved: Resolved,
  keys: ArticleKeys,
  refs: Refs,
  readingWords: Map<string, number>,
  origin: string,
): ArticleView {
  const { article, contentLang } = resolved;
  const version = wholeOf(resolved);
  const view = {
    id: keys.id,
    lang: keys.lang,
    contentLang,
    originalLanguage: keys.originalLanguage,
    kind: article.meta.kind,
    slug: keys.slug,
    headline: version.headline,
    ...(version.standfirst ? { standfirst: version.standfirst } : {}),
    ...(version.dateline ? { dateline: version.dateline } : {}),
    ...(keys.published ? { published: keys.published } : {}),
    credit: version.credit,
    readingMinutes: readingMinutes(
      wordsRead(version, article.digests.versions[contentLang], readingWords),
      contentLang,
    ),
    blocks: version.blocks.map((block) => blockView(block, refs.readAlso)),
    related: refs.related,
    topics: refs.topics,
    slugs: keys.slugs,
    available: keys.available,
  };
  return { ...view, head: articleHead(view, origin) };
}

/**
 * A story's page in one language, as the edition lists it: its keys, a digest of everything its view is made from, and
 * its view, made each time it is asked for. An edition holds every story's entry, not its view: at 50,000 stories the
 * views were most of what a full build held, and a publish needs the views of the stories it writes again only.
 */
export type ArticleEntry = ArticleKeys & {
  /** A digest of the story's files: what its search record is made from, with the language (searchIndex.ts). */
  source: string;
  inputs: string;
  view: () => ArticleView;
};

export function articleEntry(resolved: Resolved, lookups: Lookups, related: string[], origin: string): ArticleEntry {
  const { article, lang, contentLang, version } = resolved;
  const keys: ArticleKeys = {
    id: article.meta.id,
    lang,
    contentLang,
    originalLanguage: article.meta.originalLanguage,
    slug: version.slug,
    ...(article.meta.published ? { published: article.meta.published } : {}),
    slugs: perLang((l) => resolve(article, l).version.slug),
    available: LANGS.filter((l) => article.versions[l] !== undefined),
  };
  const refs = refsOf(resolved, lookups, related);
  return {
    ...keys,
    source: article.digests.story,
    inputs: articleInputs(article, lang, refs, origin),
    view: () => articleView(resolved, keys, refs, lookups.readingWords, origin),
  };
}

/**
 * A digest of everything an article's view is made from: the story's files, the language, the site's address, and
 * what it shows of other stories and of topics (their references). A publish that finds it unchanged knows the
 * article's JSON is too, without making it again.
 */
function articleInputs(article: SourceArticle, lang: Lang, refs: Refs, origin: string): string {
  return digestOf(article.digests.story, lang, origin, JSON.stringify([refs.related, refs.readAlso, refs.topics]));
}
