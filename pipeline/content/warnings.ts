import type { LoadedContent, SourceArticle } from './load.ts';
import type { Problem } from './problems.ts';
import { presentVersions, versionFile } from './check.ts';

// What may be a mistake in the content, though it need not be: `npm run content:check` prints it as
// warnings, and fails on them only with --strict (the checks that fail are in check.ts).

/** A paragraph worth translating has a few words: a name or a figure may well read the same in both languages. */
const WORDS_WORTH_TRANSLATING = 3;

/** An HTML entity left in a text (`&amp;`): the page shows it as written, which is seldom what was meant. */
const HTML_ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iu;

/** A translation's paragraphs identical, word for word, to the original's. */
function untranslatedParagraphs(article: SourceArticle): Problem[] {
  const originalLang = article.meta.originalLanguage;
  const original = new Map((article.versions[originalLang]?.blocks ?? []).map((block) => [block.id, block.text]));
  return presentVersions(article)
    .filter(([lang]) => lang !== originalLang)
    .flatMap(([lang, version]) =>
      version.blocks.flatMap((block, index): Problem[] => {
        const untranslated =
          block.type === 'paragraph' && original.get(block.id) === block.text && block.text.split(/\s+/u).length >= WORDS_WORTH_TRANSLATING;
        const message = `is the ${originalLang} original's "${block.id}" word for word: left untranslated?`;
        return untranslated ? [{ file: versionFile(article, lang), field: `blocks[${index}].text`, message }] : [];
      }),
    );
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
      return entity ? [{ file: versionFile(article, lang), field, message: `holds "${entity}", which the page shows as written: write the character itself` }] : [];
    });
  });
}

/**
 * What may be a mistake, though it need not be: a translation's paragraph identical, word for word,
 * to the original's (left untranslated), and an HTML entity left in a text. `npm run content:check`
 * prints these; with --strict, they fail it.
 */
export function contentWarnings(content: LoadedContent): Problem[] {
  return content.articles.flatMap((article) => [...untranslatedParagraphs(article), ...htmlEntities(article)]);
}
