import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../chromium.ts';

// Lighthouse 12, mobile (simulated throttling): the median run of several, on article pages.

export type LighthouseFigures = {
  performance: number;
  others: number[];
  /** The audits that cost the other categories points, so that a missed 100 says why. */
  failing: string[];
  lcp: number;
  tbt: number;
  cls: number;
};

const OTHER_CATEGORIES = ['accessibility', 'best-practices', 'seo'];

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function figuresOf(lhr: Report): LighthouseFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    others: OTHER_CATEGORIES.map(score),
    failing: OTHER_CATEGORIES.flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
    lcp: audit('largest-contentful-paint') / 1000,
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

/** The run of median performance score. */
function median(runs: LighthouseFigures[]): LighthouseFigures {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.tbt - b.tbt);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('Lighthouse ran no run');
  return middle;
}

/**
 * Each of `urls` `runs` times, interleaved (A, B, C, A, B, C…), so that the machine's noise falls on all alike; the
 * median run of each.
 */
export async function lighthouseInterleaved(
  urls: Record<string, string>,
  runs: number,
): Promise<Record<string, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  const samples: Record<string, LighthouseFigures[]> = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [name, url] of Object.entries(urls)) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!result) throw new Error('Lighthouse returned nothing');
        samples[name]?.push(figuresOf(result.lhr));
      }
    }
  } finally {
    chrome.kill();
  }
  return Object.fromEntries(Object.entries(samples).map(([name, figures]) => [name, median(figures)]));
}

export const lighthouseLine = (host: string, figures: LighthouseFigures) =>
  `${host.padEnd(30)} ${figures.performance} / ${figures.others.join(', ')}   LCP ${figures.lcp.toFixed(2)} s   TBT ${figures.tbt.toFixed(0)} ms   CLS ${figures.cls.toFixed(3)}` +
  (figures.failing.length ? `   (points lost on: ${figures.failing.join(', ')})` : '');
