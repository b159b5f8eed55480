// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EARLY_SCRIPT } from '../../../pipeline/bundle/earlyScript.ts';
import { compileInlineScript } from '../../../pipeline/bundle/inlineScript.ts';
import { carriedBlock, keepsReadingPosition, readingPositionState, restoreCarriedPosition } from './acrossSwitch.ts';
import { BLOCK_ATTRIBUTE } from './blocks.ts';
import { captureReadingPosition, restoreReadingPosition } from './place.ts';

// Keeping the reader's place: the capture and the restore, the navigation state a language switch
// carries, and the early script's share (compiled as the build compiles it and run before the app),
// which takes the block the app's own capture finds.

beforeAll(async () => {
  new Function(await compileInlineScript(EARLY_SCRIPT))();
  // jsdom cannot follow a link: the page stays.
  document.addEventListener('click', (event) => event.preventDefault());
}, 60_000);

afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.app;
});

/**
 * jsdom lays nothing out: a story scrolled `scrollY` down the page, under a masthead with the
 * language switch, each block's top and bottom edges on screen as given, the reading line 60 px down.
 */
function scrolledStory(edges: Record<string, readonly [top: number, bottom: number]>, scrollY = 900) {
  document.body.innerHTML = '<header><a href="/en/articles/story" hreflang="en">English</a></header><main></main>';
  for (const [block, [top, bottom]] of Object.entries(edges)) {
    const element = document.querySelector('main')!.appendChild(document.createElement('div'));
    element.setAttribute(BLOCK_ATTRIBUTE, block);
    element.getBoundingClientRect = () => DOMRect.fromRect({ y: top, height: bottom - top });
  }
  vi.spyOn(window, 'scrollY', 'get').mockReturnValue(scrollY);
  vi.spyOn(globalThis, 'getComputedStyle').mockReturnValue({ scrollMarginTop: '60px' } as CSSStyleDeclaration);
  return vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
}

const switchLink = () => document.querySelector<HTMLAnchorElement>('a[hreflang]')!;

describe('the reader’s place', () => {
  it('is the first block that reaches below the reading line, and how far its top is from the line', () => {
    scrolledStory({ p1: [-400, -100], p2: [-100, 200], p3: [200, 500] });
    expect(captureReadingPosition()).toEqual({ block: 'p2', offset: -160 });
  });

  it('is nowhere at the top of the page', () => {
    scrolledStory({ p1: [100, 400] }, 0);
    expect(captureReadingPosition()).toBeUndefined();
  });

  it('is put back with the block’s top as far from the line as it was', () => {
    const scrollTo = scrolledStory({ p1: [-400, -100], p2: [300, 900] });
    restoreReadingPosition({ block: 'p2', offset: -160 });
    // The block's top goes from 300 to -100: 400 px further down the page.
    expect(scrollTo).toHaveBeenCalledWith(0, 900 + 400);
  });

  it('keeps some of a shorter block below the line', () => {
    const scrollTo = scrolledStory({ p2: [300, 400] });
    restoreReadingPosition({ block: 'p2', offset: -500 });
    // 48 px of its 100 stay below the line: its top at 60 - 100 + 48.
    expect(scrollTo).toHaveBeenCalledWith(0, 900 + 300 - 8);
  });
});

describe('across a language switch, once the app holds the page', () => {
  it('travels in the navigation’s state, which puts it back', () => {
    const scrollTo = scrolledStory({ p1: [-400, -100], p2: [-100, 200] });
    const state = readingPositionState();
    expect(keepsReadingPosition(state)).toBe(true);
    expect(carriedBlock(state)).toBe('p2');
    restoreCarriedPosition(state);
    expect(scrollTo).toHaveBeenCalledWith(0, 900);
  });

  it('is no place in a state that carries none, or another shape', () => {
    const scrollTo = scrolledStory({ p2: [-100, 200] });
    const others = [null, {}, { readingPosition: { block: 'p2' } }, { readingPosition: 'p2' }];
    for (const state of others) restoreCarriedPosition(state);
    expect(scrollTo).not.toHaveBeenCalled();
    expect(keepsReadingPosition({ other: 1 })).toBe(false);
  });
});

describe('across a language switch before the app holds the page (the early script)', () => {
  it.each([
    ['the block across the reading line', { p1: [-400, -100], p2: [-100, 200], p3: [200, 500] }],
    ['a block that ends just below the line', { p1: [-400, 61], p2: [61, 300] }],
    ['a block that ends on the line', { p1: [-400, 60], p2: [60, 300] }],
  ] as const)('takes the block the app’s capture finds: %s', (_case, edges) => {
    scrolledStory(edges);
    const block = captureReadingPosition()?.block;
    expect(block).toBeDefined();
    switchLink().click();
    expect(switchLink().hash).toBe(`#${block}`);
  });

  it('takes none at the top of the page', () => {
    scrolledStory({ p1: [100, 400] }, 0);
    switchLink().click();
    expect(switchLink().hash).toBe('');
  });

  it('is left to the app once the app holds the page', () => {
    scrolledStory({ p1: [-100, 200] });
    document.documentElement.dataset.app = 'ready';
    switchLink().click();
    expect(switchLink().hash).toBe('');
  });
});
