import { describe, expect, it } from 'vitest';
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
});
