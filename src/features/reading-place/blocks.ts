// How a story's blocks are marked in the page, for what finds the reader's place in it: the app and
// the early script, before the app, with the same functions (place.ts).

/** The attribute a block's element carries: the block's id, the same in every language (and its paragraph's, `#p3`). */
export const BLOCK_ATTRIBUTE = 'data-block';

export const BLOCK_SELECTOR = `[${BLOCK_ATTRIBUTE}]`;
