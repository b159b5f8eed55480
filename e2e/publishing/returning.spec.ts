import { NOT_FOUND_RESOURCE } from '../fixtures.ts';
import { expect, openPage, reloadPage, serviceWorkerControls, test } from './fixtures.ts';
import { addLeadStory } from '../../pipeline/testing/publishedSite.ts';
import { leadLink as lead, savedLead } from './tab.ts';

// A reader who comes back after a publish, or reloads, gets the live edition whenever the network
// answers, through the production server and the offline edition's service worker.

const FROZEN_LEAD = 'Dépêche d’essai alpha';
const EPSILON = 'Dépêche d’essai epsilon';

test('a returning reader, every tab closed, gets the edition published since their visit', async ({
  page,
  context,
  site,
}) => {
  await openPage(page, '/fr/');
  await serviceWorkerControls(page);
  await expect(lead(page)).toHaveText(FROZEN_LEAD);
  await page.close();

  await site.publish(addLeadStory('depeche-epsilon', 'Dépêche d’essai epsilon'));
  const returning = await context.newPage();
  await openPage(returning, '/fr/');
  await expect(lead(returning)).toHaveText('Dépêche d’essai epsilon');
});

test('a reload gets the edition published since the page was opened', async ({ page, site }) => {
  await openPage(page, '/fr/');
  await serviceWorkerControls(page);
  await site.publish(addLeadStory('depeche-epsilon', 'Dépêche d’essai epsilon'));
  await reloadPage(page);
  await expect(lead(page)).toHaveText('Dépêche d’essai epsilon');

  await site.publish(addLeadStory('depeche-zeta', 'Dépêche d’essai zeta'));
  await reloadPage(page);
  await expect(lead(page)).toHaveText('Dépêche d’essai zeta');
});

test.describe('a rollback', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_RESOURCE] });

  test('reaches a returning reader as a publish does: the pulled story is gone from the front page, its address and the offline edition', async ({
    page,
    context,
    site,
  }) => {
    await site.publish(addLeadStory('depeche-epsilon', EPSILON));
    await openPage(page, '/fr/');
    await serviceWorkerControls(page);
    await lead(page).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EPSILON);
    await expect.poll(() => savedLead(page)).toBe(EPSILON);
    await page.close();

    await site.rollBack();
    const returning = await context.newPage();
    await openPage(returning, '/fr/');
    await expect(lead(returning)).toHaveText(FROZEN_LEAD);
    await expect(returning.getByRole('main')).not.toContainText(EPSILON);
    const pulled = await openPage(returning, '/fr/articles/depeche-epsilon');
    expect(pulled?.status()).toBe(404);
    await expect(returning.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect.poll(() => savedLead(returning)).toBe(FROZEN_LEAD);
  });
});
