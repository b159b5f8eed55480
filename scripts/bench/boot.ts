import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';
import { stats } from './browser.ts';

// The main thread after the first paint, under a 4× CPU slowdown (Chromium DevTools throttling):
// how long it is blocked (the sum of every long task's part over 50 ms, as Total Blocking Time
// counts it, but from the first contentful paint until the page is quiet) and its longest task.

export type BootFigures = { blocking: number; longest: number; tasks: number };

const CPU_SLOWDOWN = 4;
/**
 * The page is quiet once no long task has started for this long (a page that boots in pieces keeps working after load).
 */
const QUIET_MS = 3000;
const LONGEST_WAIT_MS = 20_000;

function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  Object.assign(window, { kiosqueLongTasks: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function measureOnce(browser: Browser, url: string): Promise<BootFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(observeLongTasks);
    await page.goto(url, { waitUntil: 'load' });
    const started = Date.now();
    for (;;) {
      await page.waitForTimeout(500);
      const lastStart = await page.evaluate(() => {
        const tasks = (window as unknown as { kiosqueLongTasks: { start: number; duration: number }[] })
          .kiosqueLongTasks;
        const last = tasks.at(-1);
        return last ? last.start + last.duration : 0;
      });
      const now = await page.evaluate(() => performance.now());
      if (now - lastStart >= QUIET_MS || Date.now() - started > LONGEST_WAIT_MS) break;
    }
    return await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const tasks = (
        window as unknown as { kiosqueLongTasks: { start: number; duration: number }[] }
      ).kiosqueLongTasks.filter((task) => task.start >= paint);
      return {
        blocking: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
        longest: Math.max(0, ...tasks.map((task) => task.duration)),
        tasks: tasks.length,
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * V8's flag that collects each function's source positions as it compiles it. Under Playwright's
 * DevTools session, V8 collects the positions of a function it compiled without them, and for a
 * large chunk that means parsing it again: a task of its own after the first paint, 150–220 ms under
 * the 4× slowdown (V8.CollectSourcePositions and V8.ParseFunction in a trace, 2026-12-06). A
 * reader's browser, with no DevTools attached, does not do it: Chromium's startup trace of the same
 * page with no automation has 23 such collections, 2–4 ms in all, at full speed. With the flag the
 * page is measured as readers run it (at the cost of collecting positions while compiling).
 */
export const EAGER_SOURCE_POSITIONS = '--js-flags=--no-enable-lazy-source-positions';

/**
 * Each of `pages` measured `runs` times, interleaved (A, B, C, A, B, C…), so that the machine's noise
 * falls on all alike; with `eagerSourcePositions`, in a browser run with EAGER_SOURCE_POSITIONS.
 */
export async function measureBoot(
  pages: Record<string, string>,
  runs: number,
  { eagerSourcePositions }: { eagerSourcePositions: boolean },
): Promise<Record<string, { blocking: ReturnType<typeof stats>; longest: ReturnType<typeof stats> }>> {
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch(
    eagerSourcePositions ? { ...options, args: [...options.args, EAGER_SOURCE_POSITIONS] } : options,
  );
  const samples: Record<string, BootFigures[]> = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, url] of Object.entries(pages)) samples[name]?.push(await measureOnce(browser, url));
    }
  } finally {
    await browser.close();
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, figures]) => [
      name,
      { blocking: stats(figures.map((f) => f.blocking)), longest: stats(figures.map((f) => f.longest)) },
    ]),
  );
}
