import type { LoadedContent, SourceArticle } from './load.ts';
import type { Problem } from './problems.ts';
import { presentVersions, versionFile } from './versions.ts';
import { titleKey } from './titles.ts';

// What may be a mistake in the content, though it need not be: `npm run content:check` prints it as
// warnings, and fails on them only with --strict (the checks that fail are in check.ts).

/** A paragraph worth translating has a few words: a name or a figure may well read the same in both languages. */
const WORDS_WORTH_TRANSLATING = 3;

/** An HTML entity left in a text (`&amp;`): the page shows it as written, which is seldom what was meant. */
const HTML_ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iu;

/**
 * Two texts the same word for word, whatever their apostrophes, spacing and case, and long enough to be worth
 * translating.
 */
const leftUntranslated = (translated: string, original: string | undefined) =>
  original !== undefined &&
  titleKey(translated) === titleKey(original) &&
  translated.split(/\s+/u).length >= WORDS_WORTH_TRANSLATING;

/**
 * A translation's headline, paragraphs and read-also lines identical, word for word, to the
 * original's. A read-also line is another story's headline: left in the original's words, it is
 * only a mistake when that story has a headline in the translation's language.
 */
function untranslatedTexts(article: SourceArticle, articles: Map<string, SourceArticle>): Problem[] {
  const originalLang = article.meta.originalLanguage;
  const original = article.versions[originalLang];
  if (!original) return [];
  const originalTexts = new Map(original.blocks.map((block) => [block.id, block.text]));
  return presentVersions(article)
    .filter(([lang]) => lang !== originalLang)
    .flatMap(([lang, version]) => {
      const file = versionFile(article, lang);
      const headline: Problem[] = leftUntranslated(version.headline, original.headline)
        ? [
            {
              file,
              field: 'headline',
              message: `is the ${originalLang} original's headline word for word: left untranslated?`,
            },
          ]
        : [];
      const blocks = version.blocks.flatMap((block, index): Problem[] => {
        if (!leftUntranslated(block.text, originalTexts.get(block.id))) return [];
        const field = `blocks[${index}].text`;
        if (block.type === 'paragraph')
          return [
            {
              file,
              field,
              message: `is the ${originalLang} original's "${block.id}" word for word: left untranslated?`,
            },
          ];
        const targetHeadline = articles.get(block.target)?.versions[lang]?.headline;
        return targetHeadline === undefined
          ? []
          : [
              {
                file,
                field,
                message: `is the ${originalLang} original's read-also word for word: "${block.target}" is "${targetHeadline}" in ${lang}`,
              },
            ];
      });
      return [...headline, ...blocks];
    });
}

/** Texts holding an HTML entity, which the import would have read as its character. */
function htmlEntities(article: SourceArticle): Problem[] {
  return presentVersions(article).flatMap(([lang, version]) => {
    const texts: [string, string][] = [
      ['headline', version.headline],
      ...(version.standfirst ? [['standfirst', version.standfirst] as [string, string]] : []),
      ...version.blocks.map((block, index): [string, string] => [`blocks[${index}].text`, block.text]),
    ];
    return texts.flatMap(([field, text]): Problem[] => {
      const entity = HTML_ENTITY.exec(text)?.[0];
      return entity
        ? [
            {
              file: versionFile(article, lang),
              field,
              message: `holds "${entity}", which the page shows as written: write the character itself`,
            },
          ]
        : [];
    });
  });
}

/**
 * What may be a mistake, though it need not be: a translation's text identical, word for word, to
 * the original's (left untranslated), and an HTML entity left in a text. `npm run content:check`
 * and the build print these; with --strict, they fail the check.
 */
export function contentWarnings(content: LoadedContent): Problem[] {
  const byId = new Map(content.articles.map((article) => [article.meta.id, article]));
  return content.articles.flatMap((article) => [...untranslatedTexts(article, byId), ...htmlEntities(article)]);
}
