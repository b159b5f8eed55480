import { Feed, type Item } from 'feed';
import { absoluteUrl, articleUrl, frontPageUrl } from '../../src/content-api/paths.ts';
import type { ArticleView, StorySummary } from '../../src/content-api/published.ts';
import { type Lang } from '../../src/i18n/languages.ts';
import { LANGUAGE_CONFIG } from '../../src/i18n/languageConfig.ts';
import { interfaceStrings } from './interfaceStrings.ts';

// A feed per language (RSS 2.0, written by the `feed` package): the latest stories in front-page
// order, each with its headline, its address in that language, its summary and the language it is
// written in. A story with no version in the feed's language comes in its original, marked with its
// language as the front page marks it.

/** How many stories a feed lists. */
export const FEED_SIZE = 50;

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/** Where each language's feed is published, under dist/ and on the site. */
export const feedFile = (lang: Lang) => `${lang}/feed.xml`;
export const feedUrl = (lang: Lang) => `/${feedFile(lang)}`;

// RSS 2.0's pubDate is optional, and the library writes one only when given a date; its type asks for
// one anyway. Kiosque states no date its content does not give.
type DatedOrNot = Omit<Item, 'date'> & { date?: Date };
const asItem = (item: DatedOrNot) => item as Item;

function feedItem(story: StorySummary, lang: Lang, published: string | undefined, origin: string): Item {
  const link = absoluteUrl(articleUrl(lang, story.slug), origin);
  const t = interfaceStrings.getFixedT(lang);
  return asItem({
    title: story.headline,
    id: link,
    link,
    description: story.summary,
    ...(published ? { date: new Date(published) } : {}),
    ...(story.contentLang === lang
      ? {}
      : { category: [{ name: t('article.inLanguage', { context: story.contentLang }) }] }),
    // Declared on the element itself: the library declares the Dublin Core namespace only for full text.
    extensions: [
      { name: 'dc:language', objects: { _attributes: { 'xmlns:dc': DUBLIN_CORE }, _text: story.contentLang } },
    ],
  });
}

/** The feed of `lang`: `stories` in front-page order (the first FEED_SIZE are listed), `articles` for their dates. */
export function editionFeed(
  lang: Lang,
  stories: StorySummary[],
  articles: Pick<ArticleView, 'id' | 'published'>[],
  origin: string,
): string {
  const published = new Map(articles.map((article) => [article.id, article.published]));
  const home = absoluteUrl(frontPageUrl(lang), origin);
  const feed = new Feed({
    id: home,
    link: home,
    title: LANGUAGE_CONFIG[lang].feedTitle,
    description: LANGUAGE_CONFIG[lang].siteDescription,
    language: lang,
    feed: absoluteUrl(feedUrl(lang), origin),
    generator: 'Kiosque',
    // The content names no rights holder, so the feed claims none.
    copyright: '',
  });
  for (const story of stories.slice(0, FEED_SIZE)) feed.addItem(feedItem(story, lang, published.get(story.id), origin));
  // The library dates the feed at the time it is written (lastBuildDate, optional in RSS 2.0): left
  // out, so that an edition's feed is the same whichever build writes it (see pipeline/deploy/).
  return feed.rss2().replace(/\n\s*<lastBuildDate>[^<]*<\/lastBuildDate>/, '');
}
