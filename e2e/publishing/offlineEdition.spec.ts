import { FAILED_RESOURCE } from '../fixtures.ts';
import { expect, openPage, reloadPage, serviceWorkerControls, test } from './fixtures.ts';
import { addLeadStory, removeStory } from '../../pipeline/testing/publishedSite.ts';
import { leadLink, savedLead } from './tab.ts';

// The offline edition follows the live one: after a visit online, it is the newest edition the
// reader read, with its new stories saved and the stories it no longer has dropped.

const EPSILON = 'Dépêche d’essai epsilon';
const ZETA = 'Dépêche d’essai zeta';

// A story that is not saved, opened offline, fails to load (the page says why).
test.use({ allowedConsoleErrors: [FAILED_RESOURCE] });

test('after several publishes, the offline edition is the newest one read online: new stories saved, pulled ones dropped', async ({
  page,
  context,
  site,
}) => {
  await openPage(page, '/fr/');
  await serviceWorkerControls(page);

  await site.publish(addLeadStory('depeche-epsilon', EPSILON));
  await reloadPage(page);
  await expect(leadLink(page)).toHaveText(EPSILON);
  await expect.poll(() => savedLead(page)).toBe(EPSILON);

  await site.publish((content) => {
    removeStory('depeche-epsilon')(content);
    addLeadStory('depeche-zeta', ZETA)(content);
  });
  await reloadPage(page);
  await expect(leadLink(page)).toHaveText(ZETA);
  await expect.poll(() => savedLead(page)).toBe(ZETA);

  await context.setOffline(true);
  await reloadPage(page);
  await expect(leadLink(page)).toHaveText(ZETA);
  await leadLink(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ZETA);
  // The story the edition dropped is no longer saved: the page says the reader is offline.
  await openPage(page, '/fr/articles/depeche-epsilon');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hors connexion');
});
