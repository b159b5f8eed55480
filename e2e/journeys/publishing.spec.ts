import { addLeadStory, removeStory } from '../../pipeline/testing/publishedSite.ts';
import { siteFixtures, type SiteFixtures, type SiteWorkerFixtures } from '../publishing/siteFixtures.ts';
import type { Browsing } from './browsing.ts';
import { expect, test as journeys } from './fixtures.ts';

// After a publish, in every engine: a reader who opens the site again, or reloads, gets the live
// edition, and offline the newest edition they read. Each journey has a site of its own (see
// e2e/publishing/siteFixtures.ts), to which it publishes with `npm run deploy`.

const test = journeys.extend<SiteFixtures, SiteWorkerFixtures>(siteFixtures);

const EPSILON = 'Dépêche d’essai epsilon';
const ZETA = 'Dépêche d’essai zeta';

const lead = (browsing: Browsing) => browsing.text('main h2 a');

/** The lead of the French front page the offline edition saved, once it holds one edition's only. */
const savedLead = (browsing: Browsing) =>
  browsing.evaluate(async () => {
    const saved: string[] = [];
    for (const name of (await caches.keys()).filter((key) => key.includes('precache'))) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (new URL(request.url).pathname !== '/content/fr/front/1.json') continue;
        const front = (await (await cache.match(request))?.json()) as { stories: { headline: string }[] };
        saved.push(front.stories[0]?.headline ?? '');
      }
    }
    return saved.length === 1 ? saved[0] : null;
  }, null);

test('a reader who opens the site again after a publish, or reloads, gets the live edition', async ({
  browsing,
  site,
}) => {
  await browsing.open('/fr/');
  await browsing.serviceWorkerControls();
  expect(await lead(browsing)).toBe('Dépêche d’essai alpha');

  await site.publish(addLeadStory('depeche-epsilon', EPSILON));
  await browsing.open('/fr/');
  expect(await lead(browsing)).toBe(EPSILON);

  await site.publish(addLeadStory('depeche-zeta', ZETA));
  await browsing.reload();
  expect(await lead(browsing)).toBe(ZETA);
});

test('after publishes, the offline edition is the newest one read online', async ({ browsing, site }) => {
  await browsing.open('/fr/');
  await browsing.serviceWorkerControls();
  await site.publish(addLeadStory('depeche-epsilon', EPSILON));
  await browsing.reload();
  await site.publish((content) => {
    removeStory('depeche-epsilon')(content);
    addLeadStory('depeche-zeta', ZETA)(content);
  });
  await browsing.reload();
  expect(await lead(browsing)).toBe(ZETA);
  await expect.poll(() => savedLead(browsing), { timeout: browsing.patience * 2 }).toBe(ZETA);

  await browsing.driver.setOffline(true);
  await browsing.reload();
  expect(await lead(browsing)).toBe(ZETA);
  await browsing.click({ css: 'main h2 a' });
  await expect.poll(() => browsing.text('main h1')).toBe(ZETA);
});
