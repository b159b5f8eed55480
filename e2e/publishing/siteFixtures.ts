import { rmSync } from 'node:fs';
import type { Fixtures, PlaywrightTestArgs, PlaywrightTestOptions } from '@playwright/test';
import { patient } from '../patience.ts';
import { deployFirstEdition, PublishedSite } from '../../pipeline/testing/publishedSite.ts';

// A site of its own for each test, with the frozen edition live behind the production server: one
// first edition deployed per worker, copied for each test, to which the test publishes with
// `npm run deploy` (pipeline/testing/publishedSite.ts). Pages are opened at the site's address.

export type SiteFixtures = { site: PublishedSite };
export type SiteWorkerFixtures = { firstEdition: string };

export const siteFixtures: Fixtures<SiteFixtures, SiteWorkerFixtures, PlaywrightTestArgs & PlaywrightTestOptions> = {
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
};
