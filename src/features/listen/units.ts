import type { ArticleView } from '../../content-api/published.ts';

// What Listen reads, one utterance each: the headline, the standfirst, then each paragraph. A paragraph is the unit:
// engines cut long utterances off, and Chromium's and Firefox's speech on Linux report no word boundaries. A read-also
// line is skipped: it is a link to another story, not a part of this one.

export type ListeningUnit = { id: string; text: string };

export const HEADLINE = 'headline';
export const STANDFIRST = 'standfirst';

/** The units of `article` as its page shows it, in reading order. */
export function listeningUnits(article: ArticleView): ListeningUnit[] {
  return [
    { id: HEADLINE, text: article.headline },
    ...(article.standfirst ? [{ id: STANDFIRST, text: article.standfirst }] : []),
    ...article.blocks.flatMap((block) => (block.type === 'paragraph' ? [{ id: block.id, text: block.text }] : [])),
  ];
}

/** Where `id` is among `units`, or the first unit when it is not one of them. */
export function unitIndex(units: ListeningUnit[], id: string | undefined): number {
  const at = units.findIndex((unit) => unit.id === id);
  return at < 0 ? 0 : at;
}
