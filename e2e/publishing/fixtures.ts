import { test as base } from '../fixtures.ts';
import { siteFixtures, type SiteFixtures, type SiteWorkerFixtures } from './siteFixtures.ts';

// The fixtures of the specs of what readers see after a publish (siteFixtures.ts): each test gets a site of
// its own, with the frozen edition live, behind the production server, and the offline edition's
// service worker runs.

export { expect, openPage, reloadPage, serviceWorkerControls } from '../fixtures.ts';

export const test = base.extend<SiteFixtures, SiteWorkerFixtures>({ ...siteFixtures, serviceWorkers: 'allow' });
