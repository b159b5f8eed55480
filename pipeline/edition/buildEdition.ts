import { checkContent } from '../content/check.ts';
import { contentWarnings } from '../content/warnings.ts';
import { loadContent, type LoadedContent } from '../content/load.ts';
import { ContentError, type Problem } from '../content/problems.ts';
import { editionManifest, type EditionManifest } from './manifest.ts';
import { publishEdition } from './views.ts';
import { LANGS } from '../../src/i18n/languages.ts';
import { stringsResourcePath } from '../../src/content-api/paths.ts';
import { interfaceStringsOf } from './interfaceStrings.ts';
import { editionFeed, feedFile } from '../output/feeds.ts';
import { robotsTxt, sitemapXml } from '../output/sitemap.ts';

/** The content under `root` and every problem in it: schema first, then the checks across files. */
function checkedContent(root: string): { content: LoadedContent; problems: Problem[] } {
  const content = loadContent(root);
  return { content, problems: content.problems.length > 0 ? content.problems : checkContent(content) };
}

/** What `npm run content:check` and the build report. */
export function findContentProblems(root: string): Problem[] {
  return checkedContent(root).problems;
}

/**
 * What `npm run content:check` reports: the content, its problems, and what may be a mistake
 * (content/warnings.ts), looked for once the content has no problems.
 */
export function inspectContent(root: string): { content: LoadedContent; problems: Problem[]; warnings: Problem[] } {
  const { content, problems } = checkedContent(root);
  return { content, problems, warnings: problems.length > 0 ? [] : contentWarnings(content) };
}

/**
 * Loads, checks and publishes the edition under `root`: every page in a manifest, with the JSON the
 * reader fetches (interface strings included), the sitemap, robots.txt, a feed per language and
 * the content's warnings. Throws a ContentError listing every problem.
 */
export function buildEdition(root: string, origin: string, pageSize?: number): EditionManifest {
  const { content, problems } = checkedContent(root);
  if (problems.length > 0 || !content.edition) throw new ContentError(problems);
  const published = publishEdition({ articles: content.articles, edition: content.edition, topics: content.topics }, { origin, pageSize });
  const feeds = LANGS.map((lang) => {
    const stories = published.frontPages.filter((page) => page.lang === lang).flatMap((page) => page.stories);
    return [feedFile(lang), editionFeed(lang, stories, published.articles, origin)] as const;
  });
  const strings = LANGS.map((lang) => [stringsResourcePath(lang), JSON.stringify(interfaceStringsOf(lang))] as const);
  const manifest = editionManifest(
    published,
    (pages) => new Map([['sitemap.xml', sitemapXml(pages, origin)], ['robots.txt', robotsTxt(origin)], ...feeds, ...strings]),
  );
  return { ...manifest, warnings: contentWarnings(content) };
}
