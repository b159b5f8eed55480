import { LANGS } from '../../content/languages.ts';
import { articleUrl } from '../../content/paths.ts';
import { siteUrl } from '../../ui/siteUrl.ts';
import type { ArticleView } from '../../content/published.ts';
import type { Head } from '../../ui/head.ts';
import { describe, pageHead } from '../../ui/pageHead.ts';

function summary(article: ArticleView): string {
  const opening = article.blocks.find((block) => block.type === 'paragraph')?.text ?? article.headline;
  return describe(article.standfirst ?? opening);
}

/** NewsArticle structured data; dates and authors appear only when the content gives them. */
function newsArticle(article: ArticleView): object {
  const url = (lang: typeof article.lang) => siteUrl(articleUrl(lang, article.alternates[lang]));
  const original = article.originalLanguage;
  const translations = article.available.filter((lang) => lang !== original);
  const work = (lang: typeof article.lang) => ({ '@type': 'NewsArticle', '@id': url(lang), url: url(lang), inLanguage: lang });
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
    ...(article.dateline ? { dateline: article.dateline } : {}),
    ...(article.published ? { datePublished: article.published } : {}),
    ...(article.contentLang === original ? {} : { translationOfWork: work(original) }),
    ...(article.contentLang === original && translations.length > 0 ? { workTranslation: translations.map(work) } : {}),
  };
}

/**
 * The head of an article page. A language the story has no version in shows the original, so its
 * canonical URL is the original's; the two-language view is never indexed.
 */
export function articleHead(article: ArticleView, options: { sideBySide: boolean }): Head {
  const path = (lang: typeof article.lang) => articleUrl(lang, article.alternates[lang]);
  return pageHead({
    lang: article.contentLang,
    title: article.headline,
    description: summary(article),
    path: path(article.lang),
    canonicalPath: path(article.contentLang),
    alternates: Object.fromEntries(LANGS.filter((lang) => article.available.includes(lang)).map((lang) => [lang, path(lang)])),
    xDefault: path(article.originalLanguage),
    type: 'article',
    noindex: options.sideBySide,
    jsonLd: newsArticle(article),
  });
}
