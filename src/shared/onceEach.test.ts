import { describe, expect, it, vi } from 'vitest';
import { onceEach } from './onceEach.ts';

describe('onceEach', () => {
  it('starts each key once and shares its promise', async () => {
    const start = vi.fn(async (key: string) => key.toUpperCase());
    const load = onceEach(start);
    const [a, b] = [load('fr'), load('fr')];
    expect(a).toBe(b);
    expect(await a).toBe('FR');
    expect(await load('en')).toBe('EN');
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('forgets a failure, so the next call tries again', async () => {
    const start = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('strings');
    const load = onceEach<string, string>(start);
    await expect(load('fr')).rejects.toThrow('offline');
    expect(await load('fr')).toBe('strings');
    expect(start).toHaveBeenCalledTimes(2);
  });
});
