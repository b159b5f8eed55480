import { basename } from 'node:path';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { topicsFile, type LoadedContent, type SourceArticle } from './load.ts';
import type { Problem } from './problems.ts';
import type { Version } from './schema.ts';
import { checkHeadlines, checkReadAlsoTexts, checkSlugs } from './checkAcross.ts';
import { metaFile, presentVersions, versionFile, wholeVersions } from './versions.ts';

// Checks that span fields or files, run after every file passed its schema: each story's own here, those
// across stories in checkAcross.ts.

function checkIdentity(article: SourceArticle): Problem[] {
  const problems: Problem[] = [];
  if (basename(article.dir) !== article.meta.id) {
    problems.push({
      file: metaFile(article),
      field: 'id',
      message: `must match its folder name "${basename(article.dir)}"`,
    });
  }
  if (!article.versions[article.meta.originalLanguage]) {
    problems.push({
      file: versionFile(article, article.meta.originalLanguage),
      field: '',
      message: `is missing: the original language of "${article.meta.id}" is ${article.meta.originalLanguage}`,
    });
  }
  return problems;
}

function checkUniqueBlockIds(article: SourceArticle): Problem[] {
  return wholeVersions(article).flatMap(([lang, version]) => {
    const seen = new Set<string>();
    return version.blocks.flatMap((block, index) => {
      const duplicate = seen.has(block.id);
      seen.add(block.id);
      return duplicate
        ? [{ file: versionFile(article, lang), field: `blocks[${index}].id`, message: `"${block.id}" is used twice` }]
        : [];
    });
  });
}

/** A translation must carry the original's blocks: same ids, same order, same types. */
function checkAlignment(article: SourceArticle): Problem[] {
  const original = article.whole(article.meta.originalLanguage);
  if (!original) return [];
  return wholeVersions(article)
    .filter(([lang]) => lang !== article.meta.originalLanguage)
    .flatMap(([lang, version]) =>
      alignmentProblems(versionFile(article, lang), original, version, article.meta.originalLanguage),
    );
}

function alignmentProblems(file: string, original: Version, translation: Version, originalLang: Lang): Problem[] {
  const problems: Problem[] = [];
  const translatedIds = new Set(translation.blocks.map((block) => block.id));
  const originalIds = new Set(original.blocks.map((block) => block.id));
  for (const block of original.blocks) {
    if (!translatedIds.has(block.id)) {
      problems.push({
        file,
        field: 'blocks',
        message: `block "${block.id}" of the ${originalLang} original is missing`,
      });
    }
  }
  translation.blocks.forEach((block, index) => {
    if (!originalIds.has(block.id)) {
      problems.push({
        file,
        field: `blocks[${index}].id`,
        message: `"${block.id}" is not a block of the ${originalLang} original`,
      });
      return;
    }
    const counterpart = original.blocks[index];
    if (counterpart?.id !== block.id) {
      problems.push({
        file,
        field: `blocks[${index}].id`,
        message: `"${block.id}" is out of order: the original has "${counterpart?.id}" here`,
      });
    } else if (counterpart.type !== block.type) {
      problems.push({
        file,
        field: `blocks[${index}].type`,
        message: `is "${block.type}" but the original's is "${counterpart.type}"`,
      });
    } else if (counterpart.type === 'readAlso' && block.type === 'readAlso' && counterpart.target !== block.target) {
      problems.push({
        file,
        field: `blocks[${index}].target`,
        message: `is "${block.target}" but the original points at "${counterpart.target}"`,
      });
    }
  });
  return problems;
}

function checkLinks(article: SourceArticle, ids: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  article.meta.related.forEach((id, index) => {
    const field = `related[${index}]`;
    if (id === article.meta.id)
      problems.push({ file: metaFile(article), field, message: 'a story cannot be related to itself' });
    else if (!ids.has(id)) problems.push({ file: metaFile(article), field, message: `no story has the id "${id}"` });
    else if (seen.has(id)) problems.push({ file: metaFile(article), field, message: `"${id}" is listed twice` });
    seen.add(id);
  });
  for (const [lang, version] of presentVersions(article)) {
    version.readAlso.forEach(({ block, index }) => {
      const field = `blocks[${index}].target`;
      if (block.target === article.meta.id)
        problems.push({ file: versionFile(article, lang), field, message: 'a story cannot point at itself' });
      else if (!ids.has(block.target))
        problems.push({ file: versionFile(article, lang), field, message: `no story has the id "${block.target}"` });
    });
  }
  return problems;
}

function checkTopics(article: SourceArticle, known: Set<string>, listFile: string): Problem[] {
  const listed = [...known].join(', ');
  const seen = new Set<string>();
  return article.meta.topics.flatMap((id, index): Problem[] => {
    const duplicate = seen.has(id);
    seen.add(id);
    const field = `topics[${index}]`;
    if (!known.has(id))
      return [
        { file: metaFile(article), field, message: `unknown topic "${id}"; the topics in ${listFile} are ${listed}` },
      ];
    return duplicate ? [{ file: metaFile(article), field, message: `"${id}" is listed twice` }] : [];
  });
}

/** Topic ids, and each language's topic slugs, lead to one topic each. */
function checkTopicList(content: LoadedContent): Problem[] {
  const file = `${content.root}/topics.json`;
  const seen = new Set<string>();
  return content.topics.flatMap((topic, index) =>
    [`id ${topic.id}`, ...LANGS.map((lang) => `slugs.${lang} ${topic.slugs[lang]}`)].flatMap((key): Problem[] => {
      const duplicate = seen.has(key);
      seen.add(key);
      const [field = '', value = ''] = key.split(' ');
      return duplicate ? [{ file, field: `[${index}].${field}`, message: `"${value}" is used by another topic` }] : [];
    }),
  );
}

/** The checks a story's own files settle: not run again on a story kept unchanged from a build that passed them. */
const storyChecks = (article: SourceArticle): Problem[] =>
  article.kept ? [] : [...checkUniqueBlockIds(article), ...checkAlignment(article)];

export function checkContent(content: LoadedContent): Problem[] {
  const ids = new Set(content.articles.map((article) => article.meta.id));
  const topicIds = new Set(content.topics.map((topic) => topic.id));
  const problems = checkTopicList(content);
  problems.push(
    ...content.articles.flatMap((article) => [
      ...checkIdentity(article),
      ...storyChecks(article),
      ...checkLinks(article, ids),
      ...checkTopics(article, topicIds, topicsFile(content.root)),
    ]),
  );
  problems.push(
    ...checkSlugs(content.articles),
    ...checkHeadlines(content.articles),
    ...checkReadAlsoTexts(content.articles),
  );
  if (content.edition && !ids.has(content.edition.lead)) {
    problems.push({
      file: `${content.root}/edition.json`,
      field: 'lead',
      message: `no story has the id "${content.edition.lead}"`,
    });
  }
  return problems;
}
