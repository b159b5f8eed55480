import type { Page } from '@playwright/test';
import { articlePath, SEED_ID, story } from './edition.ts';
import { expect, openPage, test, withoutScripts } from './fixtures.ts';
import { installSpeechStandIn, speech, VOICES } from './speechStandIn.ts';

// Listen: the story read aloud unit by unit (headline, standfirst, paragraphs), in the page's language, with a
// deterministic stand-in for speech synthesis (speechStandIn.ts).

const versions = { fr: story(SEED_ID, 'fr'), en: story(SEED_ID, 'en') };
/** What Listen reads of a version, in order: the headline, the standfirst, each paragraph (no read-also line). */
const unitsOf = (lang: 'fr' | 'en') => {
  const version = versions[lang];
  return [
    version.headline,
    ...(version.standfirst ? [version.standfirst] : []),
    ...version.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text),
  ];
};
const LABELS = {
  fr: { listen: 'Écouter', next: 'Paragraphe suivant', pause: 'Pause', play: 'Reprendre', stop: 'Arrêter' },
  en: { listen: 'Listen', next: 'Next paragraph', pause: 'Pause', play: 'Resume', stop: 'Stop' },
};

const lastSpoken = async (page: Page) => (await speech(page).spoken()).at(-1);
const marked = (page: Page) => page.locator('main article [aria-current="true"]');

for (const lang of ['fr', 'en'] as const) {
  const label = LABELS[lang];
  const units = unitsOf(lang);
  test.describe(`listening in ${lang}`, () => {
    test.beforeEach(async ({ page }) => installSpeechStandIn(page));

    test('reads the headline, then each unit in turn, marking the one being read', async ({ page }) => {
      await openPage(page, articlePath(SEED_ID, lang));
      await page.getByRole('button', { name: label.listen, exact: true }).click();
      await expect.poll(() => speech(page).speaking()).toBe(units[0]);
      const first = await lastSpoken(page);
      expect(first?.lang).toBe(lang === 'fr' ? 'fr-FR' : 'en-GB');
      expect(first?.voice).toBe(lang === 'fr' ? 'Français (France)' : 'English (Great Britain)');
      await expect(marked(page)).toHaveText(units[0] ?? '');
      await speech(page).finish();
      await expect.poll(() => speech(page).speaking()).toBe(units[1]);
      await expect(marked(page)).toContainText(units[1] ?? '');
      await expect(marked(page)).toHaveCount(1);
      expect(
        (await speech(page).spoken()).some((spoken) =>
          spoken.text.includes(lang === 'fr' ? 'Lire aussi' : 'Read also'),
        ),
      ).toBe(false);
    });

    test('pauses and goes on at the same unit, moves on, and stops', async ({ page }) => {
      await openPage(page, articlePath(SEED_ID, lang));
      await page.getByRole('button', { name: label.listen, exact: true }).click();
      const controls = page.getByRole('toolbar');
      await controls.getByRole('button', { name: label.next }).click();
      await expect.poll(() => speech(page).speaking()).toBe(units[1]);
      await controls.getByRole('button', { name: label.pause }).click();
      await expect.poll(() => speech(page).speaking()).toBeUndefined();
      await controls.getByRole('button', { name: label.play }).click();
      await expect.poll(() => speech(page).speaking()).toBe(units[1]);
      await controls.getByRole('button', { name: label.stop }).click();
      await expect.poll(() => speech(page).speaking()).toBeUndefined();
      await expect(marked(page)).toHaveCount(0);
      await expect(page.getByRole('button', { name: label.listen, exact: true })).toBeVisible();
    });
  });
}

test.describe('listening', () => {
  test.beforeEach(async ({ page }) => installSpeechStandIn(page));

  test('is worked by keyboard alone, and its speed is remembered per language', async ({ page }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    const listen = page.getByRole('button', { name: 'Écouter', exact: true });
    for (
      let tabs = 0;
      tabs < 40 && !(await listen.evaluate((element) => element === document.activeElement));
      tabs += 1
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => speech(page).speaking()).toBe(unitsOf('fr')[0]);
    const faster = page.getByRole('button', { name: 'Plus rapide' });
    await faster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await lastSpoken(page))?.rate).toBe(1.2);
    await expect(page.getByRole('toolbar')).toContainText('Vitesse 1,2×');
    await page.reload();
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    await expect.poll(async () => (await lastSpoken(page))?.rate).toBe(1.2);
  });

  test('goes on in the other language at the same unit when the reader switches', async ({ page }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    await page.getByRole('button', { name: 'Paragraphe suivant' }).click();
    await page.getByRole('button', { name: 'Paragraphe suivant' }).click();
    await expect.poll(() => speech(page).speaking()).toBe(unitsOf('fr')[2]);
    await page
      .getByRole('navigation', { name: 'Langue' })
      .getByRole('link', { name: /^English/ })
      .click();
    await expect(page).toHaveURL(articlePath(SEED_ID, 'en'));
    await expect.poll(() => speech(page).speaking()).toBe(unitsOf('en')[2]);
    expect((await lastSpoken(page))?.voice).toBe('English (Great Britain)');
    await expect(marked(page)).toContainText(unitsOf('en')[2] ?? '');
  });

  test('stops when the reader leaves the story, and offers to go on where it stopped on their return', async ({
    page,
  }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    await page.getByRole('button', { name: 'Paragraphe suivant' }).click();
    await expect.poll(() => speech(page).speaking()).toBe(unitsOf('fr')[1]);
    await page.getByRole('link', { name: 'Accueil de Kiosque' }).click();
    await expect(page).toHaveURL('/fr/');
    await expect.poll(() => speech(page).speaking()).toBeUndefined();
    await page.goBack();
    await page.getByRole('button', { name: 'Reprendre l’écoute' }).click();
    await expect.poll(() => speech(page).speaking()).toBe(unitsOf('fr')[1]);
  });

  test('starts at the paragraph at the reading line when the reader has scrolled', async ({ page }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    const paragraph = page.locator('article [data-block="p4"]');
    // At the reading line: scrolled to as a `#p4` link is, below the masthead (its scroll-margin-top).
    await paragraph.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.getByRole('button', { name: 'Écouter à partir d’ici' }).click();
    // Its bar never covers the end of the page: the footer's links can be scrolled above it and followed.
    await page.keyboard.press('End');
    const footerLink = page.getByRole('contentinfo').getByRole('link').last();
    await expect
      .poll(async () => {
        const [bar, link] = await Promise.all([page.getByRole('toolbar').boundingBox(), footerLink.boundingBox()]);
        return (bar?.y ?? 0) - ((link?.y ?? 0) + (link?.height ?? 0));
      })
      .toBeGreaterThanOrEqual(0);
    await footerLink.click({ trial: true, timeout: 5000 });
    await expect.poll(() => speech(page).speaking()).toBe(versions.fr.blocks.find((block) => block.id === 'p4')?.text);
  });

  test('reads from any paragraph the reader taps while listening', async ({ page }) => {
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    await expect.poll(() => speech(page).speaking()).toBe(unitsOf('fr')[0]);
    const third = versions.fr.blocks.find((block) => block.id === 'p3');
    await page.locator('article [data-block="p3"] p').click();
    await expect.poll(() => speech(page).speaking()).toBe(third?.text);
    await expect(marked(page)).toContainText(third?.text ?? '');
  });

  test('on a phone, the controls fit the screen and leave the paragraph being read in view above them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openPage(page, articlePath(SEED_ID, 'en'));
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'Next paragraph' }).click();
    await expect.poll(() => speech(page).speaking()).toBe(unitsOf('en')[3]);
    const toolbar = await page.getByRole('toolbar').boundingBox();
    expect(toolbar?.height ?? 740).toBeLessThan(740 / 4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expect
      .poll(async () => {
        const paragraph = await marked(page).boundingBox();
        return (paragraph?.y ?? 0) >= 0 && (paragraph?.y ?? 0) + 40 <= (toolbar?.y ?? 0);
      })
      .toBe(true);
  });

  test('puts the story on the device’s media controls while it is read', async ({ page }) => {
    await openPage(page, articlePath(SEED_ID, 'en'));
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect
      .poll(() =>
        page.evaluate(() => [navigator.mediaSession.metadata?.title, navigator.mediaSession.metadata?.artist]),
      )
      .toEqual([versions.en.headline, 'Kiosque']);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused');
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.metadata)).toBeNull();
  });

  test('starts at once when the voices are not listed yet, and reads with the best one when they are', async ({
    page,
  }) => {
    await installSpeechStandIn(page, { late: true });
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    await expect.poll(() => speech(page).speaking()).toBe(unitsOf('fr')[0]);
    expect(await lastSpoken(page)).toMatchObject({ lang: 'fr', voice: null });
    await speech(page).listVoices();
    // The headline is not started over in the new voice: the next unit is read with it.
    await expect(page.getByRole('combobox', { name: /^Voix/ })).toHaveValue('fr-fr');
    expect(await speech(page).spoken()).toHaveLength(1);
    await speech(page).finish();
    await expect.poll(async () => (await lastSpoken(page))?.text).toBe(unitsOf('fr')[1]);
    expect(await lastSpoken(page)).toMatchObject({ lang: 'fr-FR', voice: 'Français (France)' });
  });
});

test.describe('listening where it cannot be done', () => {
  test('says so when the browser has no speech synthesis', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'speechSynthesis');
    });
    await openPage(page, articlePath(SEED_ID, 'en'));
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'This browser cannot read aloud.' })).toBeVisible();
  });

  test('says so when there is no voice for the language', async ({ page }) => {
    await installSpeechStandIn(page, { voices: VOICES.filter((voice) => voice.lang.startsWith('en')) });
    await openPage(page, articlePath(SEED_ID, 'fr'));
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Aucune voix française' })).toBeVisible();
    expect(await speech(page).spoken()).toEqual([]);
  });

  test('has no control without JavaScript', async ({ browser }) => {
    await withoutScripts(browser, articlePath(SEED_ID, 'fr'), async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Écouter' })).toHaveCount(0);
    });
  });
});
