import { afterEach, describe, expect, it, vi } from 'vitest';
import { stageClock } from './stageTimes.ts';

describe('stageClock', () => {
  it('records each stage by name, in the order they ran, and says each as it ends', async () => {
    const said: string[] = [];
    const clock = stageClock((line) => said.push(line));
    clock.lap('first');
    expect(await clock.time('second', () => 'its result')).toBe('its result');
    await clock.time('third', async () => undefined);
    expect(Object.keys(clock.times)).toEqual(['first', 'second', 'third']);
    expect(Object.values(clock.times).every((seconds) => seconds >= 0)).toBe(true);
    expect(said).toEqual([expect.stringMatching(/^first: \d+\.\d s$/), expect.any(String), expect.any(String)]);
  });

  describe('with stages side by side', () => {
    afterEach(() => vi.useRealTimers());

    it('times each from its own start', async () => {
      vi.useFakeTimers({ toFake: ['performance', 'setTimeout'] });
      const clock = stageClock(() => undefined);
      const after = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms));
      const both = Promise.all([clock.time('long', after(300)), clock.time('short', after(100))]);
      await vi.advanceTimersByTimeAsync(300);
      await both;
      expect(clock.times).toEqual({ short: 0.1, long: 0.3 });
    });
  });
});
