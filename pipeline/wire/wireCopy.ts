import { decodeHTMLStrict } from 'entities';
import { LANGS, type Lang } from '../../src/i18n/languages.ts';
import { LANGUAGE_CONFIG } from '../../src/i18n/languageConfig.ts';
import { MAX_HEADLINE, type Block, type Meta, type Version } from '../content/schema.ts';
import { slugify } from '../content/slugify.ts';

// The wire format editors receive: the first line is the headline, then one paragraph per line;
// a line `>>Lire aussi : <title>` points at another story by its headline.

export type WireLine =
  { type: 'paragraph'; text: string; line: number } | { type: 'readAlso'; title: string; line: number };

/** What an editor would want to know of a dispatch that imports all the same: the line, and what is odd there. */
export type WireCopyWarning = { line: number; message: string };

export type WireCopy = { headline: string; body: WireLine[]; warnings: WireCopyWarning[] };

/**
 * A paragraph longer than this is likely several run together (a feed that lost its line breaks):
 * a long wire paragraph runs to about a thousand characters.
 */
export const LONG_PARAGRAPH = 4000;

export class WireCopyError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message);
    this.name = 'WireCopyError';
  }
}

// `>>Lire aussi :`, `>> Lire aussi:`, `Lire aussi :`…, in any language's words (`Read also` in English copy).
const labels = LANGS.map((lang) =>
  LANGUAGE_CONFIG[lang].readAlsoLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'),
);
const READ_ALSO = new RegExp(`^(?:>>\\s*)?(?:${labels.join('|')})\\s*:\\s*(.*)$`, 'iu');

/** Decodes a wire copy file, refusing invalid UTF-8 with the line it occurs on. */
export function decodeUtf8(bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines: string[] = [];
  let start = 0;
  // A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be decoded one by one.
  for (let line = 1; start <= bytes.length; line += 1) {
    const end = bytes.indexOf(0x0a, start) === -1 ? bytes.length : bytes.indexOf(0x0a, start);
    try {
      lines.push(decoder.decode(bytes.subarray(start, end)));
    } catch {
      throw new WireCopyError('is not valid UTF-8 text', line);
    }
    start = end + 1;
  }
  return lines.join('\n');
}

export function parseWireCopy(source: string): WireCopy {
  const warnings: WireCopyWarning[] = [];
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, index) => ({ text: asText(text.trim(), index + 1, warnings), line: index + 1 }))
    .filter(({ text }) => text.length > 0);
  const [first, ...rest] = lines;
  if (!first) throw new WireCopyError('the file is empty');
  if (READ_ALSO.test(first.text))
    throw new WireCopyError('the first line must be the headline, not a read-also line', first.line);
  const headlineLength = [...first.text].length;
  if (headlineLength > MAX_HEADLINE) {
    throw new WireCopyError(
      `the headline is ${headlineLength} characters long; the limit is ${MAX_HEADLINE}`,
      first.line,
    );
  }
  const body = rest.map(parseBodyLine);
  if (!body.some((line) => line.type === 'paragraph'))
    throw new WireCopyError('the headline has no paragraphs after it', first.line);
  for (const line of body)
    if (line.type === 'paragraph' && [...line.text].length > LONG_PARAGRAPH)
      warnings.push({
        line: line.line,
        message: `a paragraph of ${[...line.text].length} characters: several run together?`,
      });
  const mixed = mixedApostrophes(lines);
  if (mixed) warnings.push(mixed);
  return { headline: first.text, body, warnings: warnings.sort((a, b) => a.line - b.line) };
}

/**
 * A line's text as a reader should read it: HTML entities (`&amp;`, `&#8217;`) that a feed left in
 * are decoded to the characters they stand for, as text (nothing is ever read as HTML), and said.
 */
function asText(text: string, line: number, warnings: WireCopyWarning[]): string {
  const decoded = decodeHTMLStrict(text);
  if (decoded === text) return text;
  const entities = [...new Set(text.match(/&(?:#\d+|#x[\da-f]+|[a-z\d]+);/giu) ?? [])];
  warnings.push({
    line,
    message: `HTML entities read as the characters they stand for: ${entities.map((entity) => `${entity} → ${decodeHTMLStrict(entity)}`).join(', ')}`,
  });
  return decoded;
}

const STRAIGHT = "'";
const CURLY = '\u2019';

/** Straight apostrophes beside curly ones: the copy is kept as written (verbatim), and the editor told where. */
function mixedApostrophes(lines: { text: string; line: number }[]): WireCopyWarning | undefined {
  if (!lines.some(({ text }) => text.includes(CURLY))) return undefined;
  const straight = lines.filter(({ text }) => text.includes(STRAIGHT));
  const [first] = straight;
  if (!first) return undefined;
  const where = straight.length > 1 ? ` (and ${straight.length - 1} more line(s))` : '';
  return {
    line: first.line,
    message: `straight apostrophes (') beside curly ones (’) elsewhere${where}: kept as written`,
  };
}

function parseBodyLine({ text, line }: { text: string; line: number }): WireLine {
  const readAlso = READ_ALSO.exec(text);
  if (!readAlso) return { type: 'paragraph', text, line };
  const title = readAlso[1]?.trim() ?? '';
  if (!title) throw new WireCopyError('the read-also line names no story', line);
  return { type: 'readAlso', title, line };
}

export type WireCopyOptions = {
  lang: Lang;
  kind: Meta['kind'];
  credit: string;
  dateline?: string;
  standfirst?: string;
  /** The day the source published it (YYYY-MM-DD), when it says. */
  published?: string;
  /** Ids from content/topics.json. */
  topics: string[];
  /** The id of the story whose headline in `lang` is this title, if any. */
  findStory: (title: string) => string | undefined;
};

/** An imported dispatch's id, and its slug in its own language, come from its headline. */
export function articleIdFor(dispatch: WireCopy): string {
  return slugify(dispatch.headline);
}

export type ImportedArticle = { meta: Meta; version: Version };

/** Builds an article from a parsed dispatch; block ids are p1, p2… for paragraphs and r1, r2… for read-also lines. */
export function wireCopyToArticle(dispatch: WireCopy, options: WireCopyOptions): ImportedArticle {
  const counters = { paragraph: 0, readAlso: 0 };
  const blocks: Block[] = dispatch.body.map((entry) => {
    if (entry.type === 'paragraph') return { type: 'paragraph', id: `p${++counters.paragraph}`, text: entry.text };
    const target = options.findStory(entry.title);
    if (!target) throw new WireCopyError(`no story is titled "${entry.title}"`, entry.line);
    return { type: 'readAlso', id: `r${++counters.readAlso}`, target, text: entry.title };
  });
  const slug = articleIdFor(dispatch);
  const related = [...new Set(blocks.flatMap((block) => (block.type === 'readAlso' ? [block.target] : [])))];
  return {
    meta: {
      id: slug,
      originalLanguage: options.lang,
      kind: options.kind,
      ...(options.published ? { published: options.published } : {}),
      topics: options.topics,
      related,
    },
    version: {
      slug,
      headline: dispatch.headline,
      ...(options.standfirst ? { standfirst: options.standfirst } : {}),
      ...(options.dateline ? { dateline: options.dateline } : {}),
      credit: options.credit,
      blocks,
    },
  };
}
