import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import type { SourceArticle } from './load.ts';
import type { Version } from './schema.ts';
import type { VersionRecord } from './storyRecords.ts';

// A story's files, as problems name them, and the versions it has.

export const metaFile = (article: SourceArticle) => `${article.dir}/meta.json`;
export const versionFile = (article: SourceArticle, lang: Lang) => `${article.dir}/${lang}.json`;

/** The records of the versions it has, by language. */
export function presentVersions(article: SourceArticle): [Lang, VersionRecord][] {
  return LANGS.flatMap((lang) => {
    const version = article.versions[lang];
    return version ? [[lang, version] as [Lang, VersionRecord]] : [];
  });
}

/** The versions it has whole, by language (read again from their files where the story was kept). */
export function wholeVersions(article: SourceArticle): [Lang, Version][] {
  return LANGS.flatMap((lang) => {
    const version = article.whole(lang);
    return version ? [[lang, version] as [Lang, Version]] : [];
  });
}
