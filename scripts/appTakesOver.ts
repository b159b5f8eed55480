import type { Page } from '@playwright/test';
import { APP_READY, appHoldsPage } from '../src/shared/documentState.ts';

/**
 * Waits until the app holds the page. The prerendered page is readable at once and the app's
 * bundle is requested after the first paint (pipeline/bundle/firstPaint.ts): a click before then follows a
 * plain link and loads a whole page, so the tests and the benchmark, which act as soon as they can,
 * wait for the app's first render to be committed (src/app/LangLayout.tsx marks it; hydration runs in
 * slices, so React holding the root is not enough). A page with no app root (a browser error page)
 * has nothing to wait for.
 */
export async function appTakesOver(page: Page): Promise<void> {
  await page.waitForFunction(appHoldsPage, APP_READY);
}
