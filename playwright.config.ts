import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.ts';

// Not 4173, so that the suite can run while `npm start` serves the reader.
const EDITION_PORT = Number(process.env.E2E_PORT ?? 4174);
const TEST_CONTENT_PORT = EDITION_PORT + 1;

const desktop = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() };

// Two production builds, each served by Vite's preview server (which falls back to index.html for
// every route, as a static host would): the published edition (`npm run build` made it), and a
// test-only edition of hostile and edge-case content, built here into dist-test-content/ and never published.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // The offline edition's service worker would answer requests that tests intercept; only the
  // offline spec lets it run.
  use: { trace: 'retain-on-failure', serviceWorkers: 'block' },
  projects: [
    {
      name: 'edition',
      testIgnore: /test-content\//,
      use: { ...desktop, baseURL: `http://localhost:${EDITION_PORT}` },
    },
    {
      name: 'test-content',
      testMatch: /test-content\/.*\.spec\.ts/,
      use: { ...desktop, baseURL: `http://localhost:${TEST_CONTENT_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${EDITION_PORT} --strictPort`,
      url: `http://localhost:${EDITION_PORT}/fr/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx tsx scripts/build.ts --outDir dist-test-content && npx vite preview --outDir dist-test-content --port ${TEST_CONTENT_PORT} --strictPort`,
      env: { KIOSQUE_CONTENT: 'e2e/test-content/content' },
      url: `http://localhost:${TEST_CONTENT_PORT}/fr/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
