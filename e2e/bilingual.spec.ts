import { expect, FAILED_RESOURCE, holdRequests, PLACE_TOLERANCE, READ_ALSO_ID, SEED_ID, SITE, story, test } from './fixtures';

const fr = story(SEED_ID, 'fr');
const en = story(SEED_ID, 'en');
const frUrl = `/fr/articles/${SEED_ID}`;
const enUrl = `/en/articles/${en.slug}`;
const text = (version: typeof fr, id: string) => version.blocks.find((block) => block.id === id)!.text;

test.describe('switching language keeps the reader’s place', () => {
  for (const width of [375, 1280]) {
    test(`the same paragraph stays at the same height (${width}px)`, async ({ page, reader }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(frUrl);
      await page.locator('#p5').evaluate((element) => {
        element.scrollIntoView();
        window.scrollBy(0, 20);
      });
      const before = await reader.paragraphAtTop();
      expect(before?.id).toBe('p5');

      await reader.clickInPlace(reader.languageLink('English'));
      await expect(reader.headline()).toHaveText(en.headline);
      const after = await reader.paragraphAtTop();
      expect(after?.id).toBe('p5');
      expect(Math.abs(after!.top - before!.top)).toBeLessThanOrEqual(PLACE_TOLERANCE);

      await reader.clickInPlace(reader.languageLink('Français'));
      await expect(reader.headline()).toHaveText(fr.headline);
      expect((await reader.paragraphAtTop())?.id).toBe('p5');
    });
  }

  for (const width of [375, 1280]) {
    test(`from the keyboard (Tab to the switch, then Enter), the same paragraph stays at the same height (${width}px)`, async ({
      page,
      reader,
    }) => {
      await page.setViewportSize({ width, height: 700 });
      await page.goto(frUrl);
      await page.locator('#p4').evaluate((element) => {
        element.scrollIntoView();
        window.scrollBy(0, 10);
      });
      const before = await reader.paragraphAtTop();
      expect(before?.id).toBe('p4');

      await reader.tabTo(reader.languageLink('English'));
      await page.keyboard.press('Enter');
      await expect(reader.headline()).toHaveText(en.headline);
      const after = await reader.paragraphAtTop();
      expect(after?.id).toBe('p4');
      expect(Math.abs(after!.top - before!.top)).toBeLessThanOrEqual(PLACE_TOLERANCE);
      // Focus stayed on the switch, in the sticky masthead, not on the headline far above: the next
      // Tab goes on from here instead of jumping back to the top.
      const kept = await reader.scrollY();
      await page.keyboard.press('Tab');
      expect(Math.abs((await reader.scrollY()) - kept)).toBeLessThan(200);
      await page.keyboard.press('Shift+Tab');

      // Back up to the switch.
      await reader.tabTo(reader.languageLink('Français'), 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(reader.headline()).toHaveText(fr.headline);
      const back = await reader.paragraphAtTop();
      expect(back?.id).toBe('p4');
      expect(Math.abs(back!.top - before!.top)).toBeLessThanOrEqual(PLACE_TOLERANCE);
    });

    test(`from the keyboard, partway through a paragraph, that paragraph still spans the top of the text (${width}px)`, async ({
      page,
      reader,
    }) => {
      await page.setViewportSize({ width, height: 600 });
      await page.goto(frUrl);
      await page
        .locator('#p2')
        .evaluate((element) =>
          window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2),
        );
      const before = await reader.paragraphAtTop();
      expect(before?.id).toBe('p2');
      expect(before!.top).toBeLessThan(0);

      await reader.tabTo(reader.languageLink('English'));
      await page.keyboard.press('Enter');
      await expect(reader.headline()).toHaveText(en.headline);
      const after = await reader.paragraphAtTop();
      expect(after?.id).toBe('p2');
      expect(after!.top).toBeLessThan(0);
    });
  }

  test('Back and Forward return to where the reader left each page, not to the place a switch once kept', async ({ page, reader }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(frUrl);
    await page.locator('#p3').evaluate((element) => element.scrollIntoView());
    await reader.clickInPlace(reader.languageLink('English'));
    await expect(reader.headline()).toHaveText(en.headline);
    expect((await reader.paragraphAtTop())?.id).toBe('p3');

    // Read on in English, down to the read-also link, and follow it.
    const readAlso = reader.readAlso('Read also').getByRole('link');
    await readAlso.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const left = await reader.scrollY();
    expect(left).toBeGreaterThan(0);
    await readAlso.click();
    await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'en').headline);

    await page.goBack();
    await expect(reader.headline()).toHaveText(en.headline);
    await expect.poll(() => reader.scrollY()).toBe(left);
    // Focus is at the reading line, so the next Tab continues from there instead of jumping up.
    await page.keyboard.press('Tab');
    expect(Math.abs((await reader.scrollY()) - left)).toBeLessThan(200);
    await page.evaluate((y) => window.scrollTo(0, y), left);

    await page.goForward();
    await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'en').headline);
    await page.goBack();
    await expect(reader.headline()).toHaveText(en.headline);
    await expect.poll(() => reader.scrollY()).toBe(left);

    // A reload of the switched page restores where the reader was, not the switch's place either.
    await page.reload();
    await expect(reader.headline()).toHaveText(en.headline);
    await expect.poll(() => reader.scrollY()).toBe(left);
  });

  test('partway through a long paragraph, the switch lands partway through its translation', async ({ page, reader }) => {
    await page.setViewportSize({ width: 375, height: 600 });
    await page.goto(frUrl);
    await page
      .locator('#p2')
      .evaluate((element) =>
        window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top + element.getBoundingClientRect().height / 2),
      );
    const before = await reader.paragraphAtTop();
    expect(before?.id).toBe('p2');
    await reader.clickInPlace(reader.languageLink('English'));
    await expect(reader.headline()).toHaveText(en.headline);
    const after = await reader.paragraphAtTop();
    expect(after?.id).toBe('p2');
    expect(after!.top).toBeLessThan(0);
    expect(Math.abs(after!.top - before!.top)).toBeLessThanOrEqual(PLACE_TOLERANCE);
  });

  test('from the top of the page, the switch stays at the top', async ({ page, reader }) => {
    await page.goto(frUrl);
    await reader.clickInPlace(reader.languageLink('English'));
    await expect(reader.headline()).toHaveText(en.headline);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test.describe('paragraph links', () => {
  for (const url of [`${enUrl}#p5`, `${frUrl}#p5`]) {
    test(`${url} opens at that paragraph`, async ({ page, reader }) => {
      await page.goto(url);
      await expect(reader.headline()).toBeAttached();
      await expect.poll(async () => (await reader.paragraphAtTop())?.id).toBe('p5');
    });
  }

  test('the other language’s slug keeps the paragraph when it redirects', async ({ page, reader }) => {
    await page.goto(`/en/articles/${SEED_ID}#p6`);
    await expect(page).toHaveURL(`${enUrl}#p6`);
    await expect.poll(async () => (await reader.paragraphAtTop())?.id).toBe('p6');
  });
});

test.describe('reading modes', () => {
  test('side by side shows both languages block by block, each with its lang, aligned on wide screens', async ({ page, reader }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(frUrl);
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

  test('side by side interleaves the pairs on narrow screens', async ({ page, reader }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(enUrl);
    await reader.readingMode('Side by side').click();
    const original = await page.locator('#p1').boundingBox();
    const translation = await reader.block('p1', 'fr').boundingBox();
    expect(translation!.y).toBeGreaterThanOrEqual(original!.y + original!.height);
    const next = await page.locator('#p2').boundingBox();
    expect(next!.y).toBeGreaterThan(translation!.y + translation!.height);
  });

  test('the two-language view is kept out of search engines; the page names its canonical URL', async ({ page, reader }) => {
    await page.goto(frUrl);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${frUrl}`);
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
    await reader.readingMode('Côte à côte').click();
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await reader.readingMode('Une langue').click();
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
  });

  test('the mode is remembered across reloads and stories', async ({ page, reader }) => {
    await page.goto(frUrl);
    await reader.readingMode('Côte à côte').click();
    await expect(reader.readingMode('Côte à côte')).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(reader.readingMode('Côte à côte')).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.block('p1', 'en')).toHaveText(text(en, 'p1'));
    await page
      .getByRole('link', { name: story(READ_ALSO_ID, 'fr').headline })
      .first()
      .click();
    await expect(reader.block('p1', 'en')).toHaveText(story(READ_ALSO_ID, 'en').blocks[0]!.text);
  });

  test('the English column says “Read also” even when the English interface strings are slow to come', async ({ page, reader }) => {
    await page.route('**/content/strings/en.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(frUrl);
    await reader.readingMode('Côte à côte').click();
    await expect(reader.readingMode('Côte à côte')).toHaveAttribute('aria-pressed', 'true');
    // Read once, not polled: the column must not appear in the page's language first.
    expect(await reader.block('r1', 'en', 'aside').textContent()).toContain('Read also');
  });

  test('a remembered side-by-side page relabels its English column when the English strings arrive', async ({ page, reader }) => {
    await page.goto(frUrl);
    await reader.readingMode('Côte à côte').click();
    const release = await holdRequests(page, '**/content/strings/en.json');
    await page.reload();
    await expect(reader.block('p1', 'en')).toHaveText(text(en, 'p1'));
    release();
    await expect(reader.block('r1', 'en', 'aside')).toContainText('Read also');
  });

  test('a paragraph reveals its translation beneath it, and hides it again', async ({ page, reader }) => {
    await page.goto(frUrl);
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
    await page.goto(frUrl);
    await reader.readingMode('Côte à côte').click();
    await expect(reader.readingMode('Une langue')).toHaveAttribute('aria-pressed', 'true');
    const toggle = page.getByRole('button', { name: 'Afficher la traduction' }).first();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(reader.block('p1', 'en')).toHaveCount(0);
    await expect(reader.headline()).toHaveText(fr.headline);
  });
});
