import { articlePath, READ_ALSO_ID, SEED_ID, story } from './edition.ts';
import { expect, holdRequests, openPage, reloadPage, test } from './fixtures.ts';
import { PLACE_TOLERANCE } from './reader.ts';

const fr = story(SEED_ID, 'fr');
const en = story(SEED_ID, 'en');
const frUrl = articlePath(SEED_ID, 'fr');
const enUrl = `/en/articles/${en.slug}`;

test.describe('switching language keeps the reader’s place', () => {
  for (const width of [375, 1280]) {
    test(`the same paragraph stays at the same height (${width}px)`, async ({ page, reader }) => {
      await page.setViewportSize({ width, height: 700 });
      await openPage(page, frUrl);
      const before = await reader.readingAt('p5', 20);
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
      await openPage(page, frUrl);
      const before = await reader.readingAt('p4', 10);
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
      await openPage(page, frUrl);
      const before = await reader.readingAt('p2', 'halfway');
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

  test('Back and Forward return to where the reader left each page, not to the place a switch once kept', async ({
    page,
    reader,
  }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await openPage(page, frUrl);
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
    await reloadPage(page);
    await expect(reader.headline()).toHaveText(en.headline);
    await expect.poll(() => reader.scrollY()).toBe(left);
  });

  test('partway through a long paragraph, the switch lands partway through its translation', async ({
    page,
    reader,
  }) => {
    await page.setViewportSize({ width: 375, height: 600 });
    await openPage(page, frUrl);
    const before = await reader.readingAt('p2', 'halfway');
    expect(before?.id).toBe('p2');
    await reader.clickInPlace(reader.languageLink('English'));
    await expect(reader.headline()).toHaveText(en.headline);
    const after = await reader.paragraphAtTop();
    expect(after?.id).toBe('p2');
    expect(after!.top).toBeLessThan(0);
    expect(Math.abs(after!.top - before!.top)).toBeLessThanOrEqual(PLACE_TOLERANCE);
  });

  test('before the app has arrived, the switch (a plain link) opens the other language at the paragraph being read', async ({
    page,
    reader,
  }) => {
    // Held, never let through: the app never arrives.
    await holdRequests(page, '**/assets/*.js');
    await page.goto(frUrl);
    await page.locator('#p4').evaluate((element) => element.scrollIntoView());
    await reader.languageLink('English').click();
    await expect(page).toHaveURL(`${enUrl}#p4`);
    await expect(reader.headline()).toHaveText(en.headline);
    await expect.poll(async () => (await reader.paragraphAtTop())?.id).toBe('p4');
  });

  test('from the top of the page, the switch stays at the top', async ({ page, reader }) => {
    await openPage(page, frUrl);
    await reader.clickInPlace(reader.languageLink('English'));
    await expect(reader.headline()).toHaveText(en.headline);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test.describe('paragraph links', () => {
  for (const url of [`${enUrl}#p5`, `${frUrl}#p5`]) {
    test(`${url} opens at that paragraph`, async ({ page, reader }) => {
      await openPage(page, url);
      await expect(reader.headline()).toBeAttached();
      await expect.poll(async () => (await reader.paragraphAtTop())?.id).toBe('p5');
    });
  }

  test('the other language’s slug keeps the paragraph when it redirects', async ({ page, reader }) => {
    await openPage(page, `/en/articles/${story(SEED_ID, 'fr').slug}#p6`);
    await expect(page).toHaveURL(`${enUrl}#p6`);
    await expect.poll(async () => (await reader.paragraphAtTop())?.id).toBe('p6');
  });
});

test.describe('a story opened afresh', () => {
  test('opens at its top, wherever an earlier visit in the same tab left the reader', async ({ page, reader }) => {
    await openPage(page, frUrl);
    await page.locator('#p6').evaluate((element) => element.scrollIntoView());
    await expect.poll(() => reader.scrollY()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Accueil de Kiosque' }).click();
    await expect(page).toHaveURL('/fr/');
    await openPage(page, frUrl);
    await expect(reader.headline()).toHaveText(fr.headline);
    await reader.nextFrames();
    expect(await reader.scrollY()).toBe(0);
  });
});
