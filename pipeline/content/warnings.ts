import type { LoadedContent, SourceArticle } from './load.ts';
import type { Problem } from './problems.ts';
import { versionFile, wholeVersions } from './versions.ts';
import type { Lang } from '../../src/i18n/languages.ts';
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
 * What may be a mistake in a story, found from its own files alone (so a publish keeps it by the story's digest), in
 * the order of its fields: a problem, named by the version's language and field (the file is the story's, wherever its
 * folder is now), or a read-also line left in the original's words, a mistake only where its target has a headline in
 * that language.
 */
export type Finding = { lang: Lang; field: string } & ({ message: string } | { readAlsoTarget: string });

/** A translation's headline, paragraphs and read-also lines identical, word for word, to the original's. */
function untranslatedTexts(article: SourceArticle): Finding[] {
  const originalLang = article.meta.originalLanguage;
  const original = article.whole(originalLang);
  if (!original) return [];
  const originalTexts = new Map(original.blocks.map((block) => [block.id, block.text]));
  return wholeVersions(article)
    .filter(([lang]) => lang !== originalLang)
    .flatMap(([lang, version]) => {
      const headline: Finding[] = leftUntranslated(version.headline, original.headline)
        ? [
            {
              lang,
              field: 'headline',
              message: `is the ${originalLang} original's headline word for word: left untranslated?`,
            },
          ]
        : [];
      const blocks = version.blocks.flatMap((block, index): Finding[] => {
        if (!leftUntranslated(block.text, originalTexts.get(block.id))) return [];
        const field = `blocks[${index}].text`;
        if (block.type === 'paragraph')
          return [
            {
              lang,
              field,
              message: `is the ${originalLang} original's "${block.id}" word for word: left untranslated?`,
            },
          ];
        return [{ lang, field, readAlsoTarget: block.target }];
      });
      return [...headline, ...blocks];
    });
}

/** Texts holding an HTML entity, which the import would have read as its character. */
function htmlEntities(article: SourceArticle): Finding[] {
  return wholeVersions(article).flatMap(([lang, version]) => {
    const texts: [string, string][] = [
      ['headline', version.headline],
      ...(version.standfirst ? [['standfirst', version.standfirst] as [string, string]] : []),
      ...version.blocks.map((block, index): [string, string] => [`blocks[${index}].text`, block.text]),
    ];
    return texts.flatMap(([field, text]): Finding[] => {
      const entity = HTML_ENTITY.exec(text)?.[0];
      return entity
        ? [{ lang, field, message: `holds "${entity}", which the page shows as written: write the character itself` }]
        : [];
    });
  });
}

/** What may be a mistake in each story, by its digest: found again only for stories not in `kept`. */
export function findingsOf(articles: SourceArticle[], kept?: Map<string, Finding[]>): Map<string, Finding[]> {
  return new Map(
    articles.map((article) => {
      const digest = article.digests.story;
      return [digest, kept?.get(digest) ?? [...untranslatedTexts(article), ...htmlEntities(article)]];
    }),
  );
}

function storyWarnings(article: SourceArticle, findings: Finding[], byId: Map<string, SourceArticle>): Problem[] {
  const originalLang = article.meta.originalLanguage;
  return findings.flatMap((finding): Problem[] => {
    const file = versionFile(article, finding.lang);
    if ('message' in finding) return [{ file, field: finding.field, message: finding.message }];
    const target = finding.readAlsoTarget;
    const targetHeadline = byId.get(target)?.versions[finding.lang]?.headline;
    if (targetHeadline === undefined) return [];
    const message = `is the ${originalLang} original's read-also word for word: "${target}" is "${targetHeadline}" in ${finding.lang}`;
    return [{ file, field: finding.field, message }];
  });
}

/**
 * What may be a mistake, though it need not be: a translation's text identical, word for word, to
 * the original's (left untranslated), and an HTML entity left in a text. `npm run content:check`
 * and the build print these; with --strict, they fail the check. `findings`, each story's (findingsOf), when a
 * publish already has them.
 */
export function contentWarnings(content: LoadedContent, findings = findingsOf(content.articles)): Problem[] {
  const byId = new Map(content.articles.map((article) => [article.meta.id, article]));
  return content.articles.flatMap((article) => storyWarnings(article, findings.get(article.digests.story) ?? [], byId));
}
