import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditionStamp } from './edition.ts';
import { CHECK_WAIT_MS, FRESH_FOR_MS, LiveEdition, POLL_MS, type EditionNews } from './liveEdition.ts';

const CODE = '/assets/index-a.js';

/**
 * A page of edition `page`, on a server whose live stamp the test sets, with a clock, a network and a visibility the
 * test moves.
 */
function pageOf(page: string | undefined, saved = false) {
  const world = {
    live: { edition: page ?? 'one', code: CODE } as EditionStamp,
    online: true,
    visible: true,
    /** A network that takes this long to answer; Infinity never does. */
    latency: 0,
    asked: 0,
    news: [] as EditionNews[],
  };
  const doc = new EventTarget();
  const win = new EventTarget();
  const live = new LiveEdition(CODE, { edition: page, saved }, (news) => world.news.push(news), {
    fetchStamp: (signal) => {
      world.asked += 1;
      if (!world.online) return Promise.reject(new TypeError('offline'));
      const stamp = { ...world.live };
      return new Promise((resolve, reject) => {
        if (world.latency !== Infinity) setTimeout(() => resolve(stamp), world.latency);
        signal.addEventListener('abort', () => reject(new Error('aborted')));
      });
    },
    now: () => Date.now(),
    online: () => world.online,
    visible: () => world.visible,
  });
  const setVisible = (visible: boolean) => {
    world.visible = visible;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { world, live, watch: () => live.watch(doc, win), setVisible, win };
}

describe('LiveEdition', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks nothing before the app watches: the first page is the one loaded', async () => {
    const { world, live } = pageOf('one');
    await live.confirmed();
    expect(world.asked).toBe(0);
  });

  it('checks once when it starts watching, and tells nothing while the edition is the same', async () => {
    const { world, watch } = pageOf('one');
    watch();
    await vi.advanceTimersByTimeAsync(0);
    expect(world.asked).toBe(1);
    expect(world.news).toEqual([]);
  });

  it('checks every POLL_MS while on screen, and not at all while hidden', async () => {
    const { world, watch, setVisible } = pageOf('one');
    watch();
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(world.asked).toBe(3);
    setVisible(false);
    await vi.advanceTimersByTimeAsync(POLL_MS * 5);
    expect(world.asked).toBe(3);
    // Back on screen after a while: at once.
    setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(world.asked).toBe(4);
  });

  it('tells of a new edition once, and of new code', async () => {
    const { world, watch } = pageOf('one');
    watch();
    await vi.advanceTimersByTimeAsync(0);
    world.live = { edition: 'two', code: CODE };
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(world.news).toEqual([{ codeChanged: false, wasUnknown: false }]);
    world.live = { edition: 'three', code: '/assets/index-b.js' };
    await vi.advanceTimersByTimeAsync(POLL_MS + 1);
    expect(world.news.at(-1)).toEqual({ codeChanged: true, wasUnknown: false });
  });

  it('takes a page the network answered without naming its edition for the live one at its first check', async () => {
    const { world, watch } = pageOf(undefined);
    watch();
    await vi.advanceTimersByTimeAsync(0);
    expect(world.news).toEqual([]);
    world.live = { edition: 'two', code: CODE };
    await vi.advanceTimersByTimeAsync(POLL_MS + 1);
    expect(world.news).toEqual([{ codeChanged: false, wasUnknown: false }]);
  });

  it('tells a saved copy that did not know its edition that its cache may be stale, with no news to show', async () => {
    const { world, watch } = pageOf(undefined, true);
    watch();
    await vi.advanceTimersByTimeAsync(0);
    expect(world.news).toEqual([{ codeChanged: false, wasUnknown: true }]);
  });

  it('lets a navigation go at once within FRESH_FOR_MS of a check, and makes it wait for one after', async () => {
    const { world, live, watch } = pageOf('one');
    watch();
    await vi.advanceTimersByTimeAsync(0);
    await live.confirmed();
    expect(world.asked).toBe(1);
    await vi.advanceTimersByTimeAsync(FRESH_FOR_MS);
    world.live = { edition: 'two', code: CODE };
    world.latency = 50;
    const navigation = live.confirmed();
    await vi.advanceTimersByTimeAsync(50);
    await navigation;
    expect(world.asked).toBe(2);
    expect(world.news).toHaveLength(1);
  });

  it('never holds a navigation longer than CHECK_WAIT_MS, and not at all offline', async () => {
    const { world, live, watch } = pageOf('one');
    world.latency = Infinity;
    watch();
    await vi.advanceTimersByTimeAsync(FRESH_FOR_MS * 2);
    let went = false;
    void live.confirmed().then(() => (went = true));
    await vi.advanceTimersByTimeAsync(CHECK_WAIT_MS);
    expect(went).toBe(true);
    // A second step of the same navigation does not wait again for the same check.
    let secondWent = false;
    void live.confirmed().then(() => (secondWent = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(secondWent).toBe(true);

    world.online = false;
    const asked = world.asked;
    await vi.advanceTimersByTimeAsync(FRESH_FOR_MS * 2);
    await live.confirmed();
    expect(world.asked).toBe(asked);
  });

  it('asks once at a time, however many navigations and intents wait', async () => {
    const { world, live, watch } = pageOf('one');
    world.latency = 100;
    watch();
    live.checkSoon();
    void live.confirmed();
    void live.confirmed();
    await vi.advanceTimersByTimeAsync(100);
    expect(world.asked).toBe(1);
  });

  it('stops asking once stopped', async () => {
    const { world, watch } = pageOf('one');
    const stop = watch();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(world.asked).toBe(1);
  });
});
