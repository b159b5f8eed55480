import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumExecutable } from '../chromium.ts';

// Lighthouse 12, mobile (simulated throttling), median of 3 runs, on an article page of one host.

export type LighthouseBudget = { performance: number; lcpSeconds?: number; tbtMs?: number };

export type LighthouseFigures = { performance: number; others: number[]; lcp: number; tbt: number; cls: number; ok: boolean };

export async function lighthouseMedian(url: string, budget: LighthouseBudget): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutable(), chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const runs = [];
    for (let run = 0; run < 3; run += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error('Lighthouse returned nothing');
      runs.push(result.lhr);
    }
    const lhr = [...runs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[1];
    if (!lhr) throw new Error('Lighthouse ran fewer than 3 times');
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const figures = {
      performance: score('performance'),
      others: ['accessibility', 'best-practices', 'seo'].map(score),
      lcp: audit('largest-contentful-paint') / 1000,
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
    };
    const ok =
      figures.performance >= budget.performance &&
      figures.others.every((value) => value === 100) &&
      figures.cls === 0 &&
      (budget.lcpSeconds === undefined || figures.lcp <= budget.lcpSeconds) &&
      (budget.tbtMs === undefined || figures.tbt <= budget.tbtMs);
    return { ...figures, ok };
  } finally {
    chrome.kill();
  }
}
