import { test as base, expect } from '@playwright/test';
import type { Browser as PlaywrightBrowser } from '@playwright/test';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';
import { cableTo } from '../engines/cable.ts';
import { chromiumDriver, launchChromium } from '../engines/chromium.ts';
import type { Engine, EngineDriver } from '../engines/driver.ts';
import { firefoxDriver, launchFirefox } from '../engines/firefox.ts';
import { journeyDriver } from '../engines/journeyDriver.ts';
import { startWebKit, webkitDriver, type WebKitHost } from '../engines/webkit.ts';
import { patient } from '../patience.ts';
import { Browsing } from './browsing.ts';

// The journeys' fixtures: the engine is the project's (playwright.config.ts), its browser is
// started once per worker, and every journey gets a fresh profile and fails on any script error or
// policy violation it caused.

export { expect };

type Viewport = { width: number; height: number };

/** What a worker keeps for its engine: a way to open a fresh profile, and to stop. */
type EngineHost = { driver(baseURL: string, viewport: Viewport): Promise<EngineDriver>; close(): Promise<void> };

async function startEngine(engine: Engine): Promise<EngineHost> {
  switch (engine) {
    case 'chromium':
      return hostOf(await launchChromium(), chromiumDriver);
    case 'firefox':
      return hostOf(await launchFirefox(), firefoxDriver);
    case 'webkit':
      return hostOf(await startWebKit(), webkitDriver);
  }
}

function hostOf<B extends PlaywrightBrowser | PuppeteerBrowser | WebKitHost>(
  browser: B,
  open: (browser: B, baseURL: string, viewport: Viewport) => Promise<EngineDriver>,
): EngineHost {
  return { driver: (baseURL, viewport) => open(browser, baseURL, viewport), close: () => browser.close() };
}

/** The option each journeys project sets (playwright.config.ts). */
export type JourneyOptions = { engine: Engine };

type WorkerFixtures = JourneyOptions & { engineHost: EngineHost };
type TestFixtures = { size: Viewport; browsing: Browsing };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  engineHost: [
    async ({ engine }, use) => {
      const host = await startEngine(engine);
      await use(host);
      await host.close();
    },
    { scope: 'worker', timeout: patient(60_000) },
  ],
  size: [{ width: 1280, height: 900 }, { option: true }],
  browsing: async ({ engineHost, baseURL, size }, use) => {
    if (!baseURL) throw new Error('the journeys need a baseURL (playwright.config.ts)');
    // Each journey reaches the server through a cable of its own, which going offline pulls out.
    const cable = await cableTo(new URL(baseURL));
    const driver = journeyDriver(await engineHost.driver(cable.origin, size), cable);
    try {
      await use(new Browsing(driver, patient(10_000)));
      expect(await driver.problems(), 'script errors and policy violations').toEqual([]);
    } finally {
      await driver.close();
    }
  },
});
