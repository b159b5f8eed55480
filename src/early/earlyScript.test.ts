// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EARLY_SCRIPT } from '../../pipeline/bundle/earlyScript.ts';
import { compileInlineScript } from '../../pipeline/bundle/inlineScript.ts';
import { pressHeldTaps } from '../ui/islands/heldTaps.ts';

// The early script, compiled as the build compiles it and run in the page before the app, agrees
// with the app: it notes held taps as the app reads them. (The language switch's share, which takes
// the block the app's own capture finds: features/reading-place/place.test.ts.)

let script = '';

beforeAll(async () => {
  script = await compileInlineScript(EARLY_SCRIPT);
  new Function(script)();
}, 60_000);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the early script and the app', () => {
  it('is small, every page carrying it: nothing it imports brings React', () => {
    expect(script.length).toBeLessThan(2048);
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
