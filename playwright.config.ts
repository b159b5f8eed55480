import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

// Not 4173, so that the suite can run while `npm start` serves the reader.
const PORT = Number(process.env.E2E_PORT ?? 4174);

// The suite runs against the production build (`npm run build` first), served by Vite's preview
// server, which falls back to index.html for every route as a static host would.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/fr/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
