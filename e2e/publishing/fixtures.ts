import { rmSync } from 'node:fs';
import { test as base } from '../fixtures.ts';
import { patient } from '../patience.ts';
import { deployFirstEdition, PublishedSite } from '../../pipeline/testing/publishedSite.ts';

// The fixtures of the specs of what readers see after a publish (site.ts): each test gets a site of
// its own, with the frozen edition live, behind the production server, and the offline edition's
// service worker runs.

export { expect, openPage, reloadPage, serviceWorkerControls } from '../fixtures.ts';

type TestFixtures = { site: PublishedSite };
type WorkerFixtures = { firstEdition: string };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  firstEdition: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await deployFirstEdition();
      await use(site);
      rmSync(site, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: patient(120_000) },
  ],
  site: async ({ firstEdition }, use) => {
    const site = await PublishedSite.copyOf(firstEdition);
    await use(site);
    await site.close();
  },
  baseURL: async ({ site }, use) => use(site.origin),
  serviceWorkers: 'allow',
});
