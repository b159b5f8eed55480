import type { Page } from '@playwright/test';
import { expect, openPage, reloadPage, serviceWorkerControls, test } from './fixtures.ts';
import { addLeadStory } from './site.ts';

// A reader who comes back after a publish, or reloads, gets the live edition whenever the network
// answers, through the production server and the offline edition's service worker.

const lead = (page: Page) => page.locator('main h2 a').first();

const FROZEN_LEAD = 'Dépêche d’essai alpha';

test('a returning reader, every tab closed, gets the edition published since their visit', async ({ page, context, site }) => {
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
