import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import type { SourceArticle } from './load.ts';
import type { Version } from './schema.ts';

// A story's files, as problems name them, and the versions it has.

export const metaFile = (article: SourceArticle) => `${article.dir}/meta.json`;
export const versionFile = (article: SourceArticle, lang: Lang) => `${article.dir}/${lang}.json`;

export function presentVersions(article: SourceArticle): [Lang, Version][] {
  return LANGS.flatMap((lang) => {
    const version = article.versions[lang];
    return version ? [[lang, version] as [Lang, Version]] : [];
  });
}
