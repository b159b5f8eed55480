import type { Page } from '@playwright/test';

// Measuring in a real browser: percentiles, and the time from a click to the frame that paints its result.

export function stats(samples: number[]) {
  const sorted = samples.filter((sample) => !Number.isNaN(sample)).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), n: sorted.length, lost: samples.length - sorted.length };
}

/**
 * Milliseconds from the click to the animation frame that paints a change in `watched` (by default
 * the page's headline): its text changes, or it appears.
 */
export async function clickToPaint(page: Page, click: () => Promise<void>, watched = 'main h1'): Promise<number> {
  await page.evaluate((selector) => {
    // No named helpers inside: the bundler would wrap them in a function the page does not have.
    const element = document.querySelector(selector);
    const before = element ? `+${element.textContent}` : '-';
    const measured = new Promise<number>((resolve) => {
      let clickedAt = 0;
      document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const current = document.querySelector(selector);
        const now = current ? `+${current.textContent}` : '-';
        if (!clickedAt || now === '-' || now === before) return;
        observer.disconnect();
        requestAnimationFrame((frame) => resolve(frame - clickedAt));
      });
      setTimeout(() => resolve(Number.NaN), 10_000);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    Object.assign(window, { kiosqueLatency: measured });
  }, watched);
  await click();
  return page.evaluate(() => (window as unknown as { kiosqueLatency: Promise<number> }).kiosqueLatency);
}

/**
 * A click where the element is, as a reader's: on its first line box (a link may wrap), scrolled into view only when
 * off screen.
 */
export async function clickInPlace(page: Page, selector: string) {
  // No named helpers inside: the bundler would wrap them in a function the page does not have.
  const point = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { top, bottom } = element.getBoundingClientRect();
      if (top < 0 || bottom > window.innerHeight) element.scrollIntoView({ block: 'center' });
      const line = element.getClientRects()[0] ?? element.getBoundingClientRect();
      return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
    });
  await page.mouse.click(point.x, point.y);
}
