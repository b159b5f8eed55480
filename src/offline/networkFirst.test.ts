import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isNamedByContent, NETWORK_WAIT_MS, networkFirst, savedCopyUrls } from './networkFirst.ts';

const answer = (status: number, body = `${status}`) => new Response(body, { status });
const never = () => new Promise<Response>(() => undefined);
const saved = (body: string | undefined) => () => Promise.resolve(body === undefined ? undefined : new Response(body));

describe('networkFirst', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the network’s answer when it comes in time, even with a saved copy', async () => {
    await expect(
      networkFirst(Promise.resolve(answer(200, 'live')), saved('saved')).then((r) => r.text()),
    ).resolves.toBe('live');
  });

  it('gives a 404 as the answer: a story the edition no longer has is gone, saved or not', async () => {
    const response = await networkFirst(Promise.resolve(answer(404)), saved('saved'));
    expect(response.status).toBe(404);
  });

  it('gives the saved copy when the network fails, or the server does (5xx)', async () => {
    await expect(
      networkFirst(Promise.reject(new TypeError('offline')), saved('saved')).then((r) => r.text()),
    ).resolves.toBe('saved');
    await expect(networkFirst(Promise.resolve(answer(502)), saved('saved')).then((r) => r.text())).resolves.toBe(
      'saved',
    );
  });

  it('gives the server’s failure, or the network’s, when nothing is saved', async () => {
    expect((await networkFirst(Promise.resolve(answer(503)), saved(undefined))).status).toBe(503);
    await expect(networkFirst(Promise.reject(new TypeError('offline')), saved(undefined))).rejects.toThrow('offline');
  });

  it('gives the saved copy once the network has not answered for NETWORK_WAIT_MS, and not before', async () => {
    let settled = '';
    const answering = networkFirst(never(), saved('saved')).then(async (r) => (settled = await r.text()));
    await vi.advanceTimersByTimeAsync(NETWORK_WAIT_MS - 1);
    expect(settled).toBe('');
    await vi.advanceTimersByTimeAsync(1);
    await answering;
    expect(settled).toBe('saved');
  });

  it('waits on for a slow network when nothing is saved', async () => {
    let arrive: (response: Response) => void = () => undefined;
    const network = new Promise<Response>((resolve) => (arrive = resolve));
    const answering = networkFirst(network, saved(undefined));
    await vi.advanceTimersByTimeAsync(NETWORK_WAIT_MS * 3);
    arrive(answer(200, 'late'));
    await expect(answering.then((r) => r.text())).resolves.toBe('late');
  });
});

describe('savedCopyUrls', () => {
  const at = (address: string, page: boolean) => savedCopyUrls(new URL(address, 'https://kiosque.test'), page);

  it('finds a page’s file as the server does: /fr/ is fr/index.html, /fr/articles/x is fr/articles/x.html', () => {
    expect(at('/fr/', true)).toEqual(['https://kiosque.test/fr/index.html', 'https://kiosque.test/fr/']);
    expect(at('/fr/articles/x', true)).toEqual([
      'https://kiosque.test/fr/articles/x.html',
      'https://kiosque.test/fr/articles/x',
    ]);
  });

  it('drops tracking parameters, Pagefind’s cache-buster and the fragment, and keeps the rest', () => {
    expect(at('/fr/articles/x?utm_source=lettre&fbclid=1#p3', true)[0]).toBe('https://kiosque.test/fr/articles/x.html');
    expect(at('/pagefind/fr/pagefind-entry.json?ts=123', false)).toEqual([
      'https://kiosque.test/pagefind/fr/pagefind-entry.json',
    ]);
    expect(at('/fr/?page=2', true)[0]).toBe('https://kiosque.test/fr/index.html?page=2');
  });
});

describe('isNamedByContent', () => {
  it('is true of the app’s chunks and the search index’s pieces, false of what changes under its name', () => {
    const named = (path: string) => isNamedByContent(new URL(path, 'https://kiosque.test'));
    expect(named('/assets/app-DQWRlltG.js')).toBe(true);
    expect(named('/pagefind/fr/index/fr_1a2b.pf_index')).toBe(true);
    expect(named('/pagefind/fr/pagefind-entry.json')).toBe(false);
    expect(named('/content/fr/front/1.json')).toBe(false);
    expect(named('/fr/')).toBe(false);
  });
});
