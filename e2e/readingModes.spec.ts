import { articlePath, READ_ALSO_ID, SEED_ID, SITE, story } from './edition.ts';
import { expect, FAILED_RESOURCE, holdChunk, holdRequests, openPage, reloadPage, test } from './fixtures.ts';
import { PLACE_TOLERANCE } from './reader.ts';

const fr = story(SEED_ID, 'fr');
const en = story(SEED_ID, 'en');
const frUrl = articlePath(SEED_ID, 'fr');
const enUrl = `/en/articles/${en.slug}`;
// Side by side and the translation under a paragraph (src/features/articles/readingModes.tsx), and
// what a reader sees when the other language cannot be fetched.

const text = (version: typeof fr, id: string) => version.blocks.find((block) => block.id === id)!.text;

test.describe('reading modes', () => {
  test('side by side shows both languages block by block, each with its lang, aligned on wide screens', async ({
    page,
    reader,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPage(page, frUrl);
    await expect(reader.readingMode('Une langue')).toHaveAttribute('aria-pressed', 'true');
    await reader.readingMode('Côte à côte').click();
    await expect(reader.readingMode('Côte à côte')).toHaveAttribute('aria-pressed', 'true');

    for (const id of ['p1', 'p4', 'p7']) {
      const original = page.locator(`#${id}`);
      const translation = reader.block(id, 'en');
      await expect(original).toHaveText(text(fr, id));
      await expect(original).toHaveAttribute('lang', 'fr');
      await expect(translation).toHaveText(text(en, id));
      const [left, right] = [await original.boundingBox(), await translation.boundingBox()];
      expect(Math.abs(right!.y - left!.y)).toBeLessThanOrEqual(PLACE_TOLERANCE);
      expect(right!.x).toBeGreaterThan(left!.x + left!.width);
    }
    await expect(reader.block('r1', 'en', 'aside')).toContainText('Read also');
    await expect(page.getByText(en.headline, { exact: true })).toHaveAttribute('lang', 'en');
  });

  test('side by side on a wide screen: both headlines on one scale, aligned, the text starting within the first screen', async ({
    page,
    reader,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPage(page, frUrl);
    await reader.readingMode('Côte à côte').click();
    await expect(reader.block('p1', 'en')).toBeVisible();
    const french = page.getByRole('heading', { level: 1 });
    const english = page.getByText(en.headline, { exact: true });
    const size = (headline: typeof french) => headline.evaluate((element) => getComputedStyle(element).fontSize);
    expect(await size(english)).toBe(await size(french));
    const [left, right] = [await french.boundingBox(), await english.boundingBox()];
    expect(Math.abs(right!.y - left!.y)).toBeLessThanOrEqual(PLACE_TOLERANCE);
    expect((await page.locator('#p1').boundingBox())!.y).toBeLessThan(900);
    // What follows the headlines (the byline and its rule) stays within the first column.
    const byline = await page.getByRole('article').locator('header > p').filter({ hasText: 'Source' }).boundingBox();
    expect(byline!.x + byline!.width).toBeLessThanOrEqual(right!.x);
  });

  test('a paragraph’s translation toggle is the pointer’s: out of the Tab order, shown where the pointer is', async ({
    page,
    reader,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPage(page, frUrl);
    const toggle = reader.blockRow('p2').getByRole('button', { name: 'Afficher la traduction' });
    await expect(toggle).toHaveAttribute('tabindex', '-1');
    await expect(toggle).toHaveCSS('opacity', '0');
    await page.locator('#p2').hover();
    await expect(toggle).toHaveCSS('opacity', '1');
    // From the reading modes, Tab goes on into the text's links, not through a toggle a paragraph.
    await reader.readingMode('Côte à côte').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).not.toHaveAttribute('aria-expanded', /.*/);
  });

  test('side by side interleaves the pairs on narrow screens', async ({ page, reader }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await openPage(page, enUrl);
    await reader.readingMode('Side by side').click();
    // Measured once the mode's code has pressed it (a tap before its code arrives is held, then pressed).
    await expect(reader.block('p1', 'fr')).toBeVisible();
    const original = await page.locator('#p1').boundingBox();
    const translation = await reader.block('p1', 'fr').boundingBox();
    expect(translation!.y).toBeGreaterThanOrEqual(original!.y + original!.height);
    const next = await page.locator('#p2').boundingBox();
    expect(next!.y).toBeGreaterThan(translation!.y + translation!.height);
  });

  test('a mode tapped before its code arrives, taking effect once the reader has scrolled on, leaves the paragraph being read where it is', async ({
    page,
    reader,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const release = await holdChunk(page, 'readingModes');
    await openPage(page, frUrl);
    await reader.readingMode('Côte à côte').click();
    await page.locator('#p4').evaluate((element) => element.scrollIntoView());
    const before = await reader.paragraphAtTop();
    expect(before?.id).toBe('p4');
    await release();
    await expect(reader.block('p4', 'en')).toHaveText(text(en, 'p4'));
    const after = await reader.paragraphAtTop();
    expect(after?.id).toBe('p4');
    expect(Math.abs(after!.top - before!.top)).toBeLessThanOrEqual(PLACE_TOLERANCE);
  });

  test('a remembered side by side applied once the page’s code arrives, after the reader has scrolled, leaves the paragraph being read where it is', async ({
    page,
    reader,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.addInitScript(() => localStorage.setItem('kiosque.readingMode', 'sideBySide'));
    const releases = await Promise.all(['pages', 'readingModes'].map((name) => holdChunk(page, name)));
    await openPage(page, frUrl);
    await page.locator('#p3').evaluate((element) => element.scrollIntoView());
    const before = await reader.paragraphAtTop();
    expect(before?.id).toBe('p3');
    await Promise.all(releases.map((release) => release()));
    await expect(reader.block('p3', 'en')).toHaveText(text(en, 'p3'));
    const after = await reader.paragraphAtTop();
    expect(after?.id).toBe(before?.id);
    expect(Math.abs(after!.top - before!.top)).toBeLessThanOrEqual(PLACE_TOLERANCE);
  });

  test('a remembered side by side is shown once the page’s code runs, without waiting for the browser to be idle', async ({
    page,
    reader,
  }) => {
    // A phone busy for seconds: the browser is never idle in this test, and the page's own code is
    // fetched only when the reader shows intent, by pointing at the headline.
    await page.addInitScript(() =>
      Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => undefined }),
    );
    await page.addInitScript(() => localStorage.setItem('kiosque.readingMode', 'sideBySide'));
    await openPage(page, frUrl);
    await reader.headline().hover();
    await expect(reader.block('p1', 'en')).toHaveText(text(en, 'p1'));
  });

  test('the two-language view is kept out of search engines; the page names its canonical URL', async ({
    page,
    reader,
  }) => {
    await openPage(page, frUrl);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${frUrl}`);
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
    await reader.readingMode('Côte à côte').click();
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await reader.readingMode('Une langue').click();
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
  });

  test('the mode is remembered across reloads and stories', async ({ page, reader }) => {
    await openPage(page, frUrl);
    await reader.readingMode('Côte à côte').click();
    await expect(reader.readingMode('Côte à côte')).toHaveAttribute('aria-pressed', 'true');
    await reloadPage(page);
    await expect(reader.readingMode('Côte à côte')).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.block('p1', 'en')).toHaveText(text(en, 'p1'));
    await page
      .getByRole('link', { name: story(READ_ALSO_ID, 'fr').headline })
      .first()
      .click();
    await expect(reader.block('p1', 'en')).toHaveText(story(READ_ALSO_ID, 'en').blocks[0]!.text);
  });

  test('the English column says “Read also” even when the English interface strings are slow to come', async ({
    page,
    reader,
  }) => {
    await page.route('**/content/strings/en.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await openPage(page, frUrl);
    await reader.readingMode('Côte à côte').click();
    await expect(reader.readingMode('Côte à côte')).toHaveAttribute('aria-pressed', 'true');
    // Read once, not polled: the column must not appear in the page's language first.
    expect(await reader.block('r1', 'en', 'aside').textContent()).toContain('Read also');
  });

  test('a remembered side-by-side page relabels its English column when the English strings arrive', async ({
    page,
    reader,
  }) => {
    await openPage(page, frUrl);
    await reader.readingMode('Côte à côte').click();
    // Remembered once the mode's code has pressed it (a tap before its code arrives is held, then pressed).
    await expect(reader.readingMode('Côte à côte')).toHaveAttribute('aria-pressed', 'true');
    const release = await holdRequests(page, '**/content/strings/en.json');
    await reloadPage(page);
    await expect(reader.block('p1', 'en')).toHaveText(text(en, 'p1'));
    release();
    await expect(reader.block('r1', 'en', 'aside')).toContainText('Read also');
  });

  test('a paragraph reveals its translation beneath it, and hides it again', async ({ page, reader }) => {
    await openPage(page, frUrl);
    const block = reader.blockRow('p2');
    const toggle = block.getByRole('button', { name: 'Afficher la traduction' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(block.getByRole('button', { name: 'Masquer la traduction' })).toHaveAttribute('aria-expanded', 'true');
    const translation = block.locator('p[lang="en"]');
    await expect(translation).toHaveText(text(en, 'p2'));
    expect((await translation.boundingBox())!.y).toBeGreaterThan((await page.locator('#p2').boundingBox())!.y);
    await expect(reader.block('p3', 'en')).toHaveCount(0);
    await block.getByRole('button', { name: 'Masquer la traduction' }).click();
    await expect(translation).toBeHidden();
  });
});

test.describe('when the other language cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

  test('side by side stays off and nothing breaks', async ({ page, reader }) => {
    await page.route('**/content/en/**', (route) => route.abort());
    await openPage(page, frUrl);
    await reader.readingMode('Côte à côte').click();
    await expect(reader.readingMode('Une langue')).toHaveAttribute('aria-pressed', 'true');
    const toggle = page.getByRole('button', { name: 'Afficher la traduction' }).first();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(reader.block('p1', 'en')).toHaveCount(0);
    await expect(reader.headline()).toHaveText(fr.headline);
  });
});
