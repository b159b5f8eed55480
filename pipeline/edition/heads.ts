import type { Head, HeadTag } from '../../src/shared/head.ts';
import { DEFAULT_LANG, LANGS, perLang, type Lang } from '../../src/i18n/languages.ts';
import { LANGUAGE_CONFIG } from '../../src/i18n/languageConfig.ts';
import { absoluteUrl, articleUrl, frontPageUrl, topicUrl } from '../../src/content-api/paths.ts';
import type { ArticleView, FrontPageView, TopicPageView } from '../../src/content-api/published.ts';
import { feedUrl } from './feeds.ts';
import { interfaceStrings } from './interfaceStrings.ts';
import { summaryOf } from '../content/summary.ts';

// Build time: the head of every published page (title, description, canonical URL, hreflang links,
// social tags, structured data), computed once. Prerendering writes it into the static HTML and
// publishing puts it beside the page's data, so the browser applies it on navigation without
// shipping any of this.

/** Where a page lives, and where it lives in other languages: its head and the sitemap both say so. */
export type PageLinks = {
  /** The page's own path, and the canonical one (another language's, when the page shows that version's text). */
  path: string;
  canonicalPath: string;
  /** The path of the page in each language it is written in, for hreflang links. */
  hreflang: Partial<Record<Lang, string>>;
  xDefault: string;
};

type PageHeadInput = {
  /** The language of the page's text (a story with no version in the page's language shows its original). */
  lang: Lang;
  /** The language of the page's address and interface, whose feed the page announces. */
  pageLang: Lang;
  title: string;
  description: string;
  links: PageLinks;
  type: 'website' | 'article';
  jsonLd?: object;
};

const meta = (name: string, content: string): HeadTag => ({ tag: 'meta', attributes: { name, content } });
const property = (name: string, content: string): HeadTag => ({ tag: 'meta', attributes: { property: name, content } });

function alternateLinks({ hreflang, xDefault }: PageLinks, origin: string): HeadTag[] {
  return [
    ...Object.entries(hreflang).map(([lang, path]): HeadTag => ({
      tag: 'link',
      attributes: { rel: 'alternate', hreflang: lang, href: absoluteUrl(path, origin) },
    })),
    { tag: 'link', attributes: { rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(xDefault, origin) } },
  ];
}

/** Everything crawlers and link previews read, which do not run JavaScript. */
function pageHead(input: PageHeadInput, origin: string): Head {
  const url = absoluteUrl(input.links.canonicalPath, origin);
  const otherLocales = LANGS.filter((lang) => lang !== input.lang && input.links.hreflang[lang]);
  const tags: HeadTag[] = [
    meta('description', input.description),
    { tag: 'link', attributes: { rel: 'canonical', href: url } },
    ...alternateLinks(input.links, origin),
    {
      tag: 'link',
      attributes: {
        rel: 'alternate',
        type: 'application/rss+xml',
        title: LANGUAGE_CONFIG[input.pageLang].feedTitle,
        href: absoluteUrl(feedUrl(input.pageLang), origin),
      },
    },
    property('og:type', input.type),
    property('og:site_name', 'Kiosque'),
    property('og:title', input.title),
    property('og:description', input.description),
    property('og:url', url),
    property('og:locale', LANGUAGE_CONFIG[input.lang].ogLocale),
    ...otherLocales.map((lang) => property('og:locale:alternate', LANGUAGE_CONFIG[lang].ogLocale)),
    meta('twitter:card', 'summary'),
    meta('twitter:title', input.title),
    meta('twitter:description', input.description),
    ...(input.jsonLd ? [{ tag: 'json-ld', json: input.jsonLd } as const] : []),
  ];
  return { title: `${input.title} — Kiosque`, tags };
}

/** A short description from running text: whole words, about 160 characters at most. */
export function describe(text: string, limit = 160): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.]+$/u, '')}…`;
}

type ArticleWithoutHead = Omit<ArticleView, 'head'>;

const summary = (article: ArticleWithoutHead) => describe(summaryOf(article));

/** NewsArticle structured data; dates and authors appear only when the content gives them. */
function newsArticle(article: ArticleWithoutHead, origin: string): object {
  const url = (lang: Lang) => absoluteUrl(articleUrl(lang, article.slugs[lang]), origin);
  const original = article.originalLanguage;
  const translations = article.available.filter((lang) => lang !== original);
  const work = (lang: Lang) => ({ '@type': 'NewsArticle', '@id': url(lang), url: url(lang), inLanguage: lang });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url(article.contentLang),
    url: url(article.contentLang),
    mainEntityOfPage: url(article.contentLang),
    headline: article.headline,
    description: summary(article),
    inLanguage: article.contentLang,
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', name: 'Kiosque' },
    about: article.topics.map((topic) => ({
      '@type': 'Thing',
      name: topic.name,
      url: absoluteUrl(topicUrl(article.lang, topic.slug), origin),
    })),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.contentLang === original ? {} : { translationOfWork: work(original) }),
    ...(article.contentLang === original && translations.length > 0 ? { workTranslation: translations.map(work) } : {}),
  };
}

/** A language the story has no version in shows the original, so its canonical URL is the original's. */
export function articleLinks(
  article: Pick<ArticleView, 'lang' | 'contentLang' | 'originalLanguage' | 'slugs' | 'available'>,
): PageLinks {
  const path = (lang: Lang) => articleUrl(lang, article.slugs[lang]);
  return {
    path: path(article.lang),
    canonicalPath: path(article.contentLang),
    hreflang: Object.fromEntries(article.available.map((lang) => [lang, path(lang)])),
    xDefault: path(article.originalLanguage),
  };
}

export function articleHead(article: ArticleWithoutHead, origin: string): Head {
  return pageHead(
    {
      lang: article.contentLang,
      pageLang: article.lang,
      title: article.headline,
      description: summary(article),
      links: articleLinks(article),
      type: 'article',
      jsonLd: newsArticle(article, origin),
    },
    origin,
  );
}

/** A front page exists in every language; `/`, which sends each reader to their language, is its x-default. */
export function frontPageLinks(lang: Lang, page: number): PageLinks {
  return {
    path: frontPageUrl(lang, page),
    canonicalPath: frontPageUrl(lang, page),
    hreflang: perLang((l) => frontPageUrl(l, page)),
    xDefault: '/',
  };
}

export function frontPageHead({ lang, page }: Pick<FrontPageView, 'lang' | 'page'>, origin: string): Head {
  const { frontPageTitle, siteDescription } = LANGUAGE_CONFIG[lang];
  const title = listingTitle(lang, frontPageTitle, page);
  return pageHead(
    { lang, pageLang: lang, title, description: siteDescription, links: frontPageLinks(lang, page), type: 'website' },
    origin,
  );
}

/** The title of a listing's page: its name, then which page it is from the second on. */
function listingTitle(lang: Lang, name: string, page: number): string {
  return page === 1 ? name : `${name}, ${interfaceStrings.getFixedT(lang)('front.page', { page })}`;
}

/** A topic page exists in every language, each at its own slug; its x-default is the default language's. */
export function topicLinks({ lang, slugs, page }: Pick<TopicPageView, 'lang' | 'slugs' | 'page'>): PageLinks {
  const path = (l: Lang) => topicUrl(l, slugs[l], page);
  return { path: path(lang), canonicalPath: path(lang), hreflang: perLang(path), xDefault: path(DEFAULT_LANG) };
}

export function topicPageHead(view: Pick<TopicPageView, 'lang' | 'topic' | 'slugs' | 'page'>, origin: string): Head {
  const { lang, topic } = view;
  return pageHead(
    {
      lang,
      pageLang: lang,
      title: listingTitle(lang, topic.name, view.page),
      description: LANGUAGE_CONFIG[lang].topicDescription(topic.name),
      links: topicLinks(view),
      type: 'website',
    },
    origin,
  );
}
