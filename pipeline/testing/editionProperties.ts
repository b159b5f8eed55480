import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { loadContent, type SourceArticle } from '../content/load.ts';
import {
  absoluteUrl,
  articleResourcePath,
  articleUrl,
  frontPageResourcePath,
  frontPageUrl,
} from '../../src/content-api/paths.ts';
import type { ArticleResource, FrontPageView, StoryRef } from '../../src/content-api/published.ts';
import type { EditionManifest } from '../edition/manifest.ts';

// What must hold for any edition, whatever its stories, their number or its lead. Tests run these
// against the published edition and against copies an editor has changed, never counting by hand.

type Published = EditionManifest['files'];

const read = <T>(files: Published, path: string): T | undefined => {
  const text = files.get(path)?.();
  return text === undefined ? undefined : (JSON.parse(text) as T);
};

/** The slug a reader of `lang` opens a story at: its own version's, else the original's. */
function servedSlug(article: SourceArticle, lang: Lang): string | undefined {
  return (article.versions[lang] ?? article.versions[article.meta.originalLanguage])?.slug;
}

function storyOpens(files: Published, article: SourceArticle, lang: Lang): string[] {
  const slug = servedSlug(article, lang);
  const resource = slug ? read<ArticleResource>(files, articleResourcePath(lang, slug)) : undefined;
  if (resource?.type !== 'article' || resource.article.id !== article.meta.id)
    return [`${article.meta.id} does not open in ${lang} at ${slug}`];
  return [];
}

/** `from` names the page that holds the links, as in "depeche-alpha (en)". */
function refsResolve(files: Published, lang: Lang, from: string, refs: StoryRef[]): string[] {
  return refs.flatMap((ref) => {
    const resource = read<ArticleResource>(files, articleResourcePath(lang, ref.slug));
    return resource?.type === 'article' && resource.article.id === ref.id
      ? []
      : [`${from} links to ${ref.id}, which does not open at ${ref.slug}`];
  });
}

function linksResolve(files: Published, article: SourceArticle, lang: Lang): string[] {
  const slug = servedSlug(article, lang);
  const resource = slug ? read<ArticleResource>(files, articleResourcePath(lang, slug)) : undefined;
  if (resource?.type !== 'article') return [];
  const readAlso = resource.article.blocks.flatMap((block) => (block.type === 'readAlso' ? [block.story] : []));
  return refsResolve(files, lang, `${article.meta.id} (${lang})`, [...resource.article.related, ...readAlso]);
}

function frontPagesReachEveryStory(files: Published, articles: SourceArticle[], lead: string, lang: Lang): string[] {
  const first = read<FrontPageView>(files, frontPageResourcePath(lang, 1));
  if (!first) return [`${lang} has no front page`];
  const pages = [first];
  for (let page = first.older; page !== undefined && pages.length <= files.size; page = pages.at(-1)?.older) {
    const older = read<FrontPageView>(files, frontPageResourcePath(lang, page));
    if (!older) return [`the ${lang} front page ${page} is missing`];
    pages.push(older);
  }
  const listed = pages.flatMap((page) => page.stories);
  const problems = articles
    .filter((article) => !listed.some((story) => story.id === article.meta.id))
    .map((article) => `the ${lang} front pages never reach ${article.meta.id}`);
  if (listed.length !== articles.length)
    problems.push(`the ${lang} front pages list ${listed.length} stories for ${articles.length}`);
  if (first.stories[0]?.id !== lead) problems.push(`the ${lang} front page does not open with the lead, ${lead}`);
  return [...problems, ...refsResolve(files, lang, `the ${lang} front page`, listed)];
}

/** The text of every sitemap sitemap.xml names. */
function everySitemap(files: Published, origin: string): string {
  const index = files.get('sitemap.xml')?.() ?? '';
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map(([, loc = '']) => files.get(loc.replace(`${origin}/`, ''))?.() ?? '')
    .join('\n');
}

function sitemapListsEveryPage(files: Published, articles: SourceArticle[], origin: string): string[] {
  const sitemap = everySitemap(files, origin);
  const pages = [
    ...LANGS.map((lang) => frontPageUrl(lang)),
    ...articles.flatMap((article) =>
      LANGS.flatMap((lang) => (article.versions[lang] ? [articleUrl(lang, article.versions[lang].slug)] : [])),
    ),
  ];
  return pages
    .filter((path) => !sitemap.includes(`<loc>${absoluteUrl(path, origin)}</loc>`))
    .map((path) => `the sitemap does not list ${path}`);
}

/** Every way the published `files` of the edition under `root` break the properties above; empty when none. */
export function editionViolations(root: string, files: Published, origin: string): string[] {
  const { articles, edition } = loadContent(root);
  if (!edition) return ['the edition has no edition.json'];
  const violations = [
    ...articles.flatMap((article) =>
      LANGS.flatMap((lang) => [...storyOpens(files, article, lang), ...linksResolve(files, article, lang)]),
    ),
    ...LANGS.flatMap((lang) => frontPagesReachEveryStory(files, articles, edition.lead, lang)),
    ...sitemapListsEveryPage(files, articles, origin),
  ];
  return [...new Set(violations)];
}
