import type { Page } from '@playwright/test';
import { articlePath, SEED_ID, story } from './edition.ts';
import { expect, openPage, test } from './fixtures.ts';
import { installSpeechStandIn, speech } from './speechStandIn.ts';

// Listen as a reader holds it (e2e/listen.spec.ts has what it reads): the page scrolled by keyboard is left where the
// reader put it, the paragraph read is shown whole above the controls, the mark survives a change of reading mode,
// focus follows the controls, and reading from here starts at a paragraph seen from its start.

const paragraphs = story(SEED_ID, 'fr').blocks.filter((block) => block.type === 'paragraph');
const text = (id: string) => paragraphs.find((block) => block.id === id)?.text;
const marked = (page: Page) => page.locator('main article [aria-current="true"]');
/** The top of Listen's bar, and of the screen's band under the masthead. */
const band = (page: Page) =>
  page.evaluate(() => ({
    top: document.querySelector('header')!.getBoundingClientRect().bottom,
    bottom: document.querySelector('[role="toolbar"]')!.getBoundingClientRect().top,
  }));

/** Long enough for a smooth scroll to have moved the page (it starts within a few frames). */
const twelveFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 12;
        const next = () => (--frames > 0 ? requestAnimationFrame(next) : resolve(true));
        requestAnimationFrame(next);
      }),
  );

test.beforeEach(async ({ page }) => installSpeechStandIn(page));

/** Opens the French seed and listens: the headline is being read (its part's code may arrive after the tap). */
async function listen(page: Page) {
  await openPage(page, articlePath(SEED_ID, 'fr'));
  await page.getByRole('button', { name: 'Écouter', exact: true }).click();
  await expect.poll(() => speech(page).speaking()).toBe(story(SEED_ID, 'fr').headline);
}

test('a page scrolled away by keyboard stays where the reader put it, and one tap brings the reading back', async ({
  page,
}) => {
  await listen(page);
  await speech(page).finish();
  await expect.poll(() => speech(page).speaking()).toBe(text('p1'));
  // Focus off the controls, onto the page, as a reader who clicks into the text does.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('End');
  const scrollY = () => page.evaluate(() => window.scrollY);
  const back = page.getByRole('button', { name: 'Revenir au paragraphe lu' });
  await expect(back).toBeVisible();
  // The key's scroll is animated: it has ended once two looks in a row find the page where it was.
  let last = Number.NaN;
  await expect.poll(async () => last === (last = await scrollY())).toBe(true);
  await speech(page).finish();
  await expect.poll(() => speech(page).speaking()).toBe(text('p2'));
  await twelveFrames(page);
  expect(await scrollY()).toBe(last);
  await back.click();
  await expect.poll(async () => (await marked(page).boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
});

for (const [width, height] of [
  [375, 740],
  [1280, 900],
] as const)
  test(`at ${width} px, the paragraph being read is brought up whole between the masthead and the controls`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await listen(page);
    for (const id of ['p1', 'p2', 'p3']) {
      await speech(page).finish();
      await expect.poll(() => speech(page).speaking()).toBe(text(id));
      await expect
        .poll(async () => {
          const [box, { top, bottom }] = await Promise.all([marked(page).boundingBox(), band(page)]);
          return box !== null && box.y >= top - 1 && box.y + box.height <= bottom + 1;
        }, `${id} whole in view`)
        .toBe(true);
    }
  });

test('with reduced motion, the paragraph being read is brought up in one step, not scrolled to', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 375, height: 740 });
  await listen(page);
  await page.evaluate(() => {
    const positions: number[] = [];
    window.addEventListener('scroll', () => positions.push(window.scrollY), { passive: true });
    Object.assign(window, { kiosqueScrolls: positions });
  });
  await speech(page).finish();
  await expect.poll(() => speech(page).speaking()).toBe(text('p1'));
  await expect
    .poll(async () => {
      const [box, { top, bottom }] = await Promise.all([marked(page).boundingBox(), band(page)]);
      return box !== null && box.y >= top - 1 && box.y + box.height <= bottom + 1;
    })
    .toBe(true);
  // The scroll event follows the scroll by a frame, later on a busy machine: wait for it, then give a smooth scroll
  // time to pass through many positions on its way; a jump has one.
  const positions = () => page.evaluate(() => (window as unknown as { kiosqueScrolls: number[] }).kiosqueScrolls);
  await expect.poll(async () => (await positions()).length).toBeGreaterThan(0);
  await twelveFrames(page);
  expect(new Set(await positions()).size).toBe(1);
});

test('a change of reading mode keeps the paragraph being read marked', async ({ page }) => {
  await openPage(page, articlePath(SEED_ID, 'fr'));
  await page.getByRole('button', { name: 'Écouter', exact: true }).click();
  await page.getByRole('button', { name: 'Paragraphe suivant' }).click();
  await page.getByRole('button', { name: 'Paragraphe suivant' }).click();
  await expect.poll(() => speech(page).speaking()).toBe(text('p2'));
  for (const mode of ['Côte à côte', 'Une langue']) {
    await page.getByRole('button', { name: mode, exact: true }).click();
    await expect(page.getByRole('button', { name: mode, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(marked(page)).toHaveCount(1);
    await expect(marked(page)).toHaveText(text('p2') ?? '');
  }
});

test('focus follows the controls by keyboard: onto Pause as reading starts, back to Listen when it stops', async ({
  page,
}) => {
  await openPage(page, articlePath(SEED_ID, 'en'));
  await page.getByRole('button', { name: 'Listen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Resume', exact: true })).toBeFocused();
  // The toolbar's arrow keys; a control unavailable for now keeps the focus it gets.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('button', { name: 'Previous paragraph' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Previous paragraph' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Previous paragraph' })).toBeFocused();
  await page.getByRole('button', { name: 'Stop' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Listen', exact: true })).toBeFocused();
});

test('listening from here starts at the first paragraph whose start the reader sees', async ({ page }) => {
  await openPage(page, articlePath(SEED_ID, 'fr'));
  // p3's first lines under the masthead, the rest of it below.
  await page.locator('article [data-block="p3"]').evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, 30);
  });
  await page.getByRole('button', { name: 'Écouter à partir d’ici' }).click();
  await expect.poll(() => speech(page).speaking()).toBe(text('p4'));
});

test('where the browser cannot speak, Listen is not offered down the text', async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'speechSynthesis');
  });
  await openPage(page, articlePath(SEED_ID, 'fr'));
  await page.getByRole('button', { name: 'Écouter', exact: true }).hover();
  await page.locator('article [data-block="p4"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
  await expect(page.getByRole('button', { name: 'Écouter à partir d’ici' })).toHaveCount(0);
});
