import { test as base, expect } from '@playwright/test';
import type { Browser as PlaywrightBrowser } from '@playwright/test';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';
import { cableTo } from '../engines/cable.ts';
import { chromiumDriver, launchChromium } from '../engines/chromium.ts';
import type { Driver, Engine } from '../engines/driver.ts';
import { firefoxDriver, launchFirefox } from '../engines/firefox.ts';
import { startWebKit, webkitDriver, type WebKitHost } from '../engines/webkit.ts';
import { patient } from '../patience.ts';
import { Browsing } from './browsing.ts';

// The journeys' fixtures: the engine is the project's (playwright.config.ts), its browser is
// started once per worker, and every journey gets a fresh profile and fails on any script error or
// policy violation it caused.

export { expect };

type Viewport = { width: number; height: number };

/** What a worker keeps for its engine: a way to open a fresh profile, and to stop. */
type EngineHost = { driver(baseURL: string, viewport: Viewport): Promise<Driver>; close(): Promise<void> };

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
  open: (browser: B, baseURL: string, viewport: Viewport) => Promise<Driver>,
): EngineHost {
  return { driver: (baseURL, viewport) => open(browser, baseURL, viewport), close: () => browser.close() };
}

/**
 * The driver of a journey: the engine's, reaching the server through a cable of its own, which
 * going offline pulls out as well as telling the browser (where its protocol can).
 */
async function journeyDriver(host: EngineHost, server: string, viewport: Viewport): Promise<Driver> {
  const cable = await cableTo(new URL(server));
  const driver = await host.driver(cable.origin, viewport);
  return {
    engine: driver.engine,
    reportsOffline: driver.reportsOffline,
    open: (path) => driver.open(path),
    reload: () => driver.reload(),
    back: () => driver.back(),
    clickAt: (x, y) => driver.clickAt(x, y),
    press: (key) => driver.press(key),
    type: (text) => driver.type(text),
    evaluate: (fn, arg) => driver.evaluate(fn, arg),
    setOffline: async (offline) => {
      if (offline) {
        await driver.setOffline(true);
        cable.unplug();
      } else {
        cable.plug();
        await driver.setOffline(false);
      }
    },
    problems: () => driver.problems(),
    close: async () => {
      await driver.close();
      await cable.close();
    },
  };
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
    const driver = await journeyDriver(engineHost, baseURL, size);
    try {
      await use(new Browsing(driver, patient(10_000)));
      expect(await driver.problems(), 'script errors and policy violations').toEqual([]);
    } finally {
      await driver.close();
    }
  },
});
