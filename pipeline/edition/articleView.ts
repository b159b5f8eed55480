import { articleHead } from './heads.ts';
import { readingMinutes, versionWords } from './readingTime.ts';
import { topicRef } from './topicPages.ts';
import { digestOf } from '../content/digest.ts';
import type { SourceArticle } from '../content/load.ts';
import type { Block, Topic, Version } from '../content/schema.ts';
import { LANGS, perLang, type Lang } from '../../src/i18n/languages.ts';
import type { ArticleView, BlockView, StoryRef } from '../../src/content-api/published.ts';

// One story's view in one language (what its page shows, from its own version or its original), the reference other
// pages show of it, and a digest of what the view is made from.

export type Resolved = { article: SourceArticle; lang: Lang; contentLang: Lang; version: Version };

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

function blockView(block: Block, lang: Lang, byId: Map<string, SourceArticle>): BlockView {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', id: block.id, text: block.text };
    case 'readAlso':
      return {
        type: 'readAlso',
        id: block.id,
        text: block.text,
        story: storyRef(resolve(lookup(byId, block.target), lang)),
      };
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

/** How many words a reader of `resolved` reads: counted once per version file for the whole edition. */
function wordsRead({ article, contentLang, version }: Resolved, readingWords: Map<string, number>): number {
  const digest = article.digests.versions[contentLang];
  return (digest === undefined ? undefined : readingWords.get(digest)) ?? versionWords(version);
}

export function articleView(
  resolved: Resolved,
  { byId, topicsById, readingWords }: Lookups,
  related: string[],
  origin: string,
): ArticleView {
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
    readingMinutes: readingMinutes(wordsRead(resolved, readingWords), contentLang),
    blocks: version.blocks.map((block) => blockView(block, lang, byId)),
    related: related.map((id) => storyRef(resolve(lookup(byId, id), lang))),
    topics: article.meta.topics.flatMap((id) => {
      const topic = topicsById.get(id);
      return topic ? [topicRef(topic, lang)] : [];
    }),
    slugs,
    available: LANGS.filter((l) => article.versions[l] !== undefined),
  };
  return { ...view, head: articleHead(view, origin) };
}

/**
 * A digest of everything an article's view is made from: the story's files, the language, the site's address, and
 * what it shows of other stories and of topics (their references). A publish that finds it unchanged knows the
 * article's JSON is too, without making it again.
 */
export function articleInputs(article: SourceArticle, view: ArticleView, origin: string): string {
  const readAlso = view.blocks.flatMap((block) => (block.type === 'readAlso' ? [block.story] : []));
  return digestOf(article.digests.story, view.lang, origin, JSON.stringify([view.related, readAlso, view.topics]));
}
