import type { Page } from '@playwright/test';

/**
 * Waits until the app holds the page. The prerendered page is readable at once and the app's
 * bundle is requested after the first paint (pipeline/firstPaint.ts): a click before then follows a
 * plain link and loads a whole page, so the tests and the benchmark, which act as soon as they can,
 * wait for React to have taken the root. A page with no app root (a browser error page) has nothing
 * to wait for.
 */
export async function appTakesOver(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return !root || Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}
