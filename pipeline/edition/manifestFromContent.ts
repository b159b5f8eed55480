import { contentWarnings, findingsOf } from '../content/warnings.ts';
import { checkedContent } from '../content/inspect.ts';
import { ContentError } from '../content/problems.ts';
import { editionManifest, type EditionManifest } from './manifest.ts';
import { editionViews } from './views.ts';
import type { KeptWork } from './keptWork.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { stringsResourcePath } from '../../src/content-api/paths.ts';
import { interfaceStringsOf } from './interfaceStrings.ts';
import { editionFeed, feedFile } from './feeds.ts';
import { robotsTxt, sitemapFiles } from './sitemap.ts';

/**
 * Loads, checks and publishes the edition under `root`: every page in a manifest, with the JSON the
 * reader fetches (interface strings included), the sitemaps, robots.txt, a feed per language and
 * the content's warnings. Throws a ContentError listing every problem. `kept`, what the build of the live edition
 * kept, spares reading the stories whose files are unchanged since, counting their words again (for related stories
 * and reading time), and looking for their mistakes again.
 */
export function manifestFromContent(
  root: string,
  origin: string,
  { pageSize, kept }: { pageSize?: number; kept?: KeptWork } = {},
): EditionManifest {
  const { content, problems } = checkedContent(root, kept?.stories);
  const { articles, edition, topics } = content;
  if (problems.length > 0 || !edition) throw new ContentError(problems);
  const views = editionViews({ articles, edition, topics }, { origin, pageSize, kept });
  const feeds = LANGS.map((lang) => {
    const stories = views.frontPages.filter((page) => page.lang === lang).flatMap((page) => page.stories);
    return [feedFile(lang), editionFeed(lang, stories, views.articles, origin)] as const;
  });
  const strings = LANGS.map((lang) => [stringsResourcePath(lang), JSON.stringify(interfaceStringsOf(lang))] as const);
  const manifest = editionManifest(
    views,
    (pages) => new Map([...sitemapFiles(pages, origin), ['robots.txt', robotsTxt(origin)], ...feeds, ...strings]),
  );
  const findings = findingsOf(articles, kept?.findings);
  const { tallies, readingWords } = views;
  return {
    ...manifest,
    warnings: contentWarnings(content, findings),
    kept: { tallies, findings, readingWords, stories: content.stories },
    storiesRead: { read: articles.filter((article) => !article.kept).length, of: articles.length },
  };
}
