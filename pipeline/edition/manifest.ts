import type { Problem } from '../content/problems.ts';
import {
  articleResourcePath,
  articleUrl,
  frontPageResourcePath,
  frontPageUrl,
  searchUrl,
  topicResourcePath,
  topicUrl,
} from '../../src/content-api/paths.ts';
import { articleKey, frontPageKey, topicKey } from '../../src/content-api/queryKeys.ts';
import { DEFAULT_LANG, LANGS, perLang, SEARCH_SEGMENT, type Lang } from '../../src/i18n/languages.ts';
import { articleLinks, frontPageLinks, topicLinks, type PageLinks } from './heads.ts';
import { articleData, publishedFiles, type PublishedData, type PublishedEdition } from './views.ts';
import type { ArticleEntry } from './articleView.ts';
import type { KeptWork } from './keptWork.ts';
import { digestOf } from '../content/digest.ts';
import type { FrontPageView, TopicPageView } from '../../src/content-api/published.ts';

/** An address no page has, in `lang`: rendering it renders the language's not-found page. */
const notFoundRoute = (lang: Lang) => `/${lang}/404`;

// One typed list of every page of the edition, made once per build (a page's head travels in its
// data, and prerendering writes what the page declares). Prerendering, the service
// worker's precache, the sitemap (and the server's redirect map) all read it. Of the build's own
// output, only the app shell is read back: prerendering fills it in (dist/index.html is every
// page's template) and the server's configuration hashes its inline script and stylesheet for the policy.

export type ManifestPage = {
  /** The address the page is opened at. */
  route: string;
  lang: Lang;
  kind: 'front-page' | 'topic' | 'article' | 'search' | 'not-found';
  /**
   * The HTTP status the page is served with: every address that names nothing gets its language's not-found page, with
   * a 404.
   */
  status: 200 | 404;
  /**
   * The queries the page renders from, with their data, made when asked for: prerendering starts its cache with them.
   */
  queries: { queryKey: readonly unknown[]; data: () => PublishedData }[];
  /** The JSON files (under dist/) the page reads. */
  dataFiles: string[];
  /** The static HTML file prerendering writes for it; later pages of a listing have none (`?page=` is not a path). */
  htmlFile?: string;
  links: PageLinks;
  /** Listed in the sitemap: its canonical address is its own. */
  indexable: boolean;
  /** The story a story's page shows, named without its text: the sitemap and the search index list stories. */
  story?: ArticleEntry;
  /**
   * Saved for offline reading by the service worker: each listing's first page and the stories on each front page's.
   */
  offline: boolean;
};

export type EditionManifest = {
  pages: ManifestPage[];
  /** Other-language slugs: `from` answers with a permanent redirect to `to`. */
  redirects: { from: string; to: string }[];
  /** Every file the edition publishes (JSON, sitemap.xml, robots.txt), by path under dist/. */
  files: Map<string, PublishedFile>;
  /**
   * For the files whose text is made from a few known inputs (each article's JSON, each listing page's), a digest of
   * those inputs, by path: what a publish compares instead of making the text again (buildState.ts).
   */
  inputs: Map<string, string>;
  /** What the build keeps for the next publish to start from. */
  kept: KeptWork;
  /**
   * How many of the edition's stories were read from their files: a publish keeps the others, unchanged since the
   * build it starts from (pipeline/content/storyRecords.ts).
   */
  storiesRead: { read: number; of: number };
  /** What may be a mistake in the content it was published from (content/warnings.ts): the build prints them. */
  warnings: Problem[];
};

/**
 * A published file's text, made each time it is asked for: a build of 10,000 stories publishes
 * 200 MB of JSON, and holding it all at once cost more in the garbage collector than making again
 * the few files a publish writes.
 */
export type PublishedFile = () => string;

function frontPagePages(edition: PublishedEdition): ManifestPage[] {
  return edition.frontPages.map((view) => ({
    route: frontPageUrl(view.lang, view.page),
    lang: view.lang,
    kind: 'front-page',
    status: 200,
    queries: [{ queryKey: frontPageKey(view.lang, view.page), data: () => view }],
    dataFiles: [frontPageResourcePath(view.lang, view.page)],
    ...(view.page === 1 ? { htmlFile: `${view.lang}/index.html` } : {}),
    links: frontPageLinks(view.lang, view.page),
    indexable: view.page === 1,
    offline: view.page === 1,
  }));
}

function topicPages(edition: PublishedEdition): ManifestPage[] {
  return edition.topicPages.map((view) => ({
    route: topicUrl(view.lang, view.topic.slug, view.page),
    lang: view.lang,
    kind: 'topic',
    status: 200,
    queries: [{ queryKey: topicKey(view.lang, view.topic.slug, view.page), data: () => ({ type: 'topic', view }) }],
    dataFiles: [topicResourcePath(view.lang, view.topic.slug, view.page)],
    ...(view.page === 1 ? { htmlFile: `${view.lang}/topics/${view.topic.slug}.html` } : {}),
    links: topicLinks(view),
    indexable: view.page === 1,
    offline: view.page === 1,
  }));
}

function articlePages(edition: PublishedEdition): ManifestPage[] {
  const onFirstPage = new Set(
    edition.frontPages
      .filter((view) => view.page === 1)
      .flatMap((view) => view.stories.map((story) => `${view.lang}/${story.id}`)),
  );
  return edition.articles.map((article) => ({
    route: articleUrl(article.lang, article.slug),
    lang: article.lang,
    kind: 'article',
    status: 200,
    queries: [{ queryKey: articleKey(article.lang, article.slug), data: articleData(article) }],
    dataFiles: [articleResourcePath(article.lang, article.slug)],
    htmlFile: `${article.lang}/articles/${article.slug}.html`,
    links: articleLinks(article),
    indexable: article.contentLang === article.lang,
    story: article,
    offline: onFirstPage.has(`${article.lang}/${article.id}`),
  }));
}

/** Each language's search page, empty: the app fills it in from the query in its address. */
function searchPages(): ManifestPage[] {
  return LANGS.map((lang) => ({
    route: searchUrl(lang),
    lang,
    kind: 'search',
    status: 200,
    queries: [],
    dataFiles: [],
    htmlFile: `${searchUrl(lang).slice(1)}.html`,
    links: {
      path: searchUrl(lang),
      canonicalPath: searchUrl(lang),
      hreflang: perLang((l) => searchUrl(l)),
      xDefault: searchUrl(DEFAULT_LANG),
    },
    indexable: false,
    offline: true,
  }));
}

/** Each language's not-found page, prerendered so that the server can answer unknown addresses with it. */
function notFoundPages(): ManifestPage[] {
  return LANGS.map((lang) => ({
    route: notFoundRoute(lang),
    lang,
    kind: 'not-found',
    status: 404,
    queries: [],
    dataFiles: [],
    htmlFile: `${lang}/404.html`,
    links: { path: notFoundRoute(lang), canonicalPath: notFoundRoute(lang), hreflang: {}, xDefault: '/' },
    indexable: false,
    offline: false,
  }));
}

/** The other language's word for search (/fr/search, /en/recherche) leads to the language's own. */
function searchRedirects(): { from: string; to: string }[] {
  return LANGS.flatMap((lang) =>
    LANGS.filter((other) => SEARCH_SEGMENT[other] !== SEARCH_SEGMENT[lang]).map((other) => ({
      from: `/${lang}/${SEARCH_SEGMENT[other]}`,
      to: searchUrl(lang),
    })),
  );
}

/**
 * A digest of what a listing page is made from: the page without its stories, and of each story its id, the language it
 * is shown in and the digest of its files (a story's summary is made from those alone). Most of an archive's listing
 * pages keep their stories from publish to publish: comparing this spares making their text again.
 */
function listingPageInputs(view: FrontPageView | TopicPageView, storyDigests: Map<string, string>): string {
  const { stories, ...page } = view;
  // One text for the stories, digested at once: 2,800 pages of 20 stories at 8,000 stories.
  const shown = stories.map((story) => `${story.id} ${story.contentLang} ${storyDigests.get(story.id) ?? ''}`);
  return digestOf('listing', JSON.stringify(page), shown.join('\n'));
}

/** The inputs of every listing page's file, by path (a topic's old slug redirecting from a path has none). */
function listingInputs(edition: PublishedEdition): [string, string][] {
  const storyDigests = new Map(edition.articles.map((article) => [article.id, article.source]));
  const redirecting = new Set(edition.topicRedirects.map(({ lang, from }) => topicResourcePath(lang, from, 1)));
  const listings: (readonly [string, FrontPageView | TopicPageView])[] = [
    ...edition.frontPages.map((view) => [frontPageResourcePath(view.lang, view.page), view] as const),
    ...edition.topicPages.map((view) => [topicResourcePath(view.lang, view.topic.slug, view.page), view] as const),
  ];
  return listings.flatMap(([path, view]) =>
    redirecting.has(path) ? [] : [[path, listingPageInputs(view, storyDigests)] as [string, string]],
  );
}

/** The manifest of a published edition; `extraFiles` (the sitemap, robots.txt) are written beside its JSON. */
export function editionManifest(
  edition: PublishedEdition,
  extraFiles: (pages: ManifestPage[]) => Map<string, string>,
): Omit<EditionManifest, 'warnings' | 'kept' | 'storiesRead'> {
  const pages = [
    ...frontPagePages(edition),
    ...topicPages(edition),
    ...articlePages(edition),
    ...searchPages(),
    ...notFoundPages(),
  ];
  const files = new Map<string, PublishedFile>(
    [...publishedFiles(edition)].map(([path, data]) => [path, () => JSON.stringify(data())]),
  );
  for (const [path, text] of extraFiles(pages)) files.set(path, () => text);
  const redirects = [
    ...edition.redirects.map(({ lang, from, to }) => ({ from: articleUrl(lang, from), to: articleUrl(lang, to) })),
    ...edition.topicRedirects.map(({ lang, from, to }) => ({ from: topicUrl(lang, from), to: topicUrl(lang, to) })),
    ...searchRedirects(),
  ];
  const inputs = new Map([
    ...edition.articles.map((article) => [articleResourcePath(article.lang, article.slug), article.inputs] as const),
    ...listingInputs(edition),
  ]);
  return { pages, redirects, files, inputs };
}
