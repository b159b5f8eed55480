// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EARLY_SCRIPT } from '../../pipeline/bundle/earlyScript.ts';
import { compileInlineScript } from '../../pipeline/bundle/inlineScript.ts';
import { pressHeldTaps } from '../ui/islands/heldTaps.ts';
import { captureReadingPosition } from '../ui/readingPlace.ts';

// The early script, compiled as the build compiles it and run in the page before the app, agrees
// with the app: it notes held taps as the app reads them, and the language switch takes the block
// the app's own capture finds.

let script = '';

beforeAll(async () => {
  script = await compileInlineScript(EARLY_SCRIPT);
  new Function(script)();
  // jsdom cannot follow a link: the page stays.
  document.addEventListener('click', (event) => event.preventDefault());
}, 60_000);

afterEach(() => {
  document.body.innerHTML = '';
  delete document.documentElement.dataset.app;
});

/** A story scrolled down the page: each block's edges on screen, the reading line 60 px down. */
function scrolledStory(edges: Record<string, readonly [top: number, bottom: number]>) {
  document.body.innerHTML = `<header><a href="/en/articles/story" hreflang="en">English</a></header><main></main>`;
  for (const [block, [top, bottom]] of Object.entries(edges)) {
    const element = document.querySelector('main')!.appendChild(document.createElement('div'));
    element.dataset.block = block;
    element.getBoundingClientRect = () => DOMRect.fromRect({ y: top, height: bottom - top });
  }
  vi.spyOn(window, 'scrollY', 'get').mockReturnValue(900);
  vi.spyOn(globalThis, 'getComputedStyle').mockReturnValue({ scrollMarginTop: '60px' } as CSSStyleDeclaration);
  return document.querySelector<HTMLAnchorElement>('a[hreflang]')!;
}

describe('the early script and the app', () => {
  it('is small, every page carrying it: nothing it imports brings React', () => {
    expect(script.length).toBeLessThan(2048);
  });

  it.each([
    ['the block across the reading line', { p1: [-400, -100], p2: [-100, 200], p3: [200, 500] }],
    ['a block that ends just below the line', { p1: [-400, 61], p2: [61, 300] }],
    ['a block that ends on the line', { p1: [-400, 60], p2: [60, 300] }],
  ] as const)('the switch, before the app, takes the block the app’s capture finds: %s', (_case, edges) => {
    const link = scrolledStory(edges);
    const block = captureReadingPosition()?.block;
    expect(block).toBeDefined();
    link.click();
    expect(link.hash).toBe(`#${block}`);
  });

  it('leaves the switch to the app once the app holds the page', () => {
    const link = scrolledStory({ p1: [-100, 200] });
    document.documentElement.dataset.app = 'ready';
    link.click();
    expect(link.hash).toBe('');
  });

  it('holds taps on an island’s buttons as the app presses them again, in the reader’s order', async () => {
    const buttons = '<button type="button">A</button><button type="button">B</button>';
    document.body.innerHTML = `<div data-island="share">${buttons}</div>`;
    const island = document.querySelector<HTMLElement>('[data-island]')!;
    const [a, b] = [...island.querySelectorAll('button')];
    b!.click();
    a!.click();
    expect(b!.getAttribute('aria-busy')).toBe('true');
    const pressed: string[] = [];
    for (const button of [a!, b!]) button.addEventListener('click', () => pressed.push(button.textContent ?? ''));
    island.dataset.islandArrived = '';
    pressHeldTaps(island);
    await new Promise((resolve) => setTimeout(resolve));
    expect(pressed).toEqual(['B', 'A']);
    expect(island.dataset.tapped).toBeUndefined();
    expect(a!.getAttribute('aria-busy')).toBeNull();
  });
});
