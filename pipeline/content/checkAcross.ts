import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import type { SourceArticle } from './load.ts';
import type { Problem } from './problems.ts';
import { titleKey } from './titles.ts';
import { presentVersions, versionFile } from './versions.ts';

// The checks across stories: no two share a headline or an address in one language, and no
// read-also's text names another story than the one it leads to.

/**
 * Two stories never share a headline in one language: a reader could not tell them apart. Each of them is named, in its
 * own file.
 */
export function checkHeadlines(articles: SourceArticle[]): Problem[] {
  return LANGS.flatMap((lang) => {
    const sharing = new Map<string, SourceArticle[]>();
    for (const article of articles) {
      const headline = article.versions[lang]?.headline;
      if (headline !== undefined)
        sharing.set(titleKey(headline), [...(sharing.get(titleKey(headline)) ?? []), article]);
    }
    return articles.flatMap((article): Problem[] => {
      const headline = article.versions[lang]?.headline;
      if (headline === undefined) return [];
      const others = (sharing.get(titleKey(headline)) ?? [])
        .filter((other) => other !== article)
        .map((other) => `"${other.meta.id}"`);
      return others.length
        ? [
            {
              file: versionFile(article, lang),
              field: 'headline',
              message: `"${headline}" is also the headline of ${others.join(', ')}`,
            },
          ]
        : [];
    });
  });
}

/** Each story's id by the headline it shows in `lang` (its original's where it has no version in `lang`). */
function storiesByHeadline(articles: SourceArticle[], lang: Lang): Map<string, string> {
  const byHeadline = new Map<string, string>();
  for (const article of articles) {
    const version = article.versions[lang] ?? article.versions[article.meta.originalLanguage];
    if (version) byHeadline.set(titleKey(version.headline), article.meta.id);
  }
  return byHeadline;
}

/** A read-also's text that is another story's headline than its target's would make its link lie. */
export function checkReadAlsoTexts(articles: SourceArticle[]): Problem[] {
  return LANGS.flatMap((lang) => {
    const byHeadline = storiesByHeadline(articles, lang);
    return articles.flatMap((article) =>
      (article.versions[lang]?.readAlso ?? []).flatMap(({ block, index }): Problem[] => {
        const named = byHeadline.get(titleKey(block.text));
        if (named === undefined || named === block.target) return [];
        const message = `"${block.text}" is the headline of "${named}", but the link leads to "${block.target}"`;
        return [{ file: versionFile(article, lang), field: `blocks[${index}].text`, message }];
      }),
    );
  });
}

type SlugClaim = { lang: Lang; slug: string; file: string };

/**
 * Every URL `/{lang}/articles/{slug}` must lead to one story. A story is served in each language
 * under that language's slug (or its original's, when it has no such version), and its slugs in
 * the other languages redirect there, so all of them are claimed.
 */
function slugClaims(article: SourceArticle): SlugClaim[] {
  const original = article.meta.originalLanguage;
  return LANGS.flatMap((lang) => {
    const servedFrom = article.versions[lang] ? lang : original;
    return presentVersions(article)
      .filter(([from, version]) => from === servedFrom || version.slug !== article.versions[servedFrom]?.slug)
      .map(([from, version]) => ({ lang, slug: version.slug, file: versionFile(article, from) }));
  });
}

export function checkSlugs(articles: SourceArticle[]): Problem[] {
  const owners = new Map<string, string>();
  const problems: Problem[] = [];
  for (const article of articles) {
    for (const { lang, slug, file } of slugClaims(article)) {
      const owner = owners.get(`${lang}/${slug}`);
      if (owner && owner !== article.meta.id) {
        problems.push({ file, field: 'slug', message: `"${slug}" already leads to "${owner}" in ${lang}` });
      }
      owners.set(`${lang}/${slug}`, article.meta.id);
    }
  }
  return problems;
}
