import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { ENGINES, type Engine } from './e2e/engines/driver.ts';
import { ENGINE_PACKAGES, engineInstalled } from './e2e/engines/installed.ts';
import { SPEECH_PACKAGES, speechEngineInstalled } from './scripts/speechEngine.ts';
import type { JourneyOptions } from './e2e/journeys/fixtures.ts';
import { patient } from './e2e/patience.ts';
import { suiteChromiumLaunchOptions } from './scripts/chromium.ts';

// Not 4173, so that the suite can run while `npm start` serves the reader.
const EDITION_PORT = Number(process.env.E2E_PORT ?? 4174);
const TEST_CONTENT_PORT = EDITION_PORT + 1;
const SYNTHETIC_PORT = EDITION_PORT + 2;
const NGINX_PORT = EDITION_PORT + 3;

const desktop = { ...devices['Desktop Chrome'], launchOptions: suiteChromiumLaunchOptions() };

// Another build of the published edition (E2E_DIST, with KIOSQUE_CONTENT naming its content: the
// newsroom-day run, scripts/newsroom-day.ts): only the specs that read the published edition run,
// every one of them on Vite's preview.
const OTHER_EDITION = process.env.E2E_DIST;

// The published edition also runs through the production server (deploy/nginx/), with its status
// codes, headers and strict Content-Security-Policy. CI installs nginx; elsewhere, without it, the
// suite says so and runs the rest.
const hasNginx =
  !OTHER_EDITION &&
  existsSync('/usr/sbin/nginx') &&
  existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so');
if (!hasNginx && !OTHER_EDITION && process.env.CI)
  throw new Error('CI needs nginx: apt-get install nginx libnginx-mod-http-brotli-static');
if (!hasNginx && !OTHER_EDITION)
  console.warn(
    'e2e: nginx not found, the production-server specs run on the preview and the journeys, in every engine, do not run (apt-get install nginx libnginx-mod-http-brotli-static)',
  );

// The specs where the server has a say (addresses, heads, the offline edition, the first paint) run
// through the production server, and the server's own with them. Feeds, topic and search pages are
// static files and prerendered pages like the others: the server spec checks their answers, and
// that search runs its worker and WebAssembly under the strict policy. The reader's journeys run
// through it too, in three engines (below), with the same checks of the policy. Without nginx,
// these specs run on Vite's preview instead.
const SERVER_SPECS = /e2e\/(routing|head|offline|firstPaint)\.spec\.ts/;
const nginxProject = {
  name: 'nginx',
  testMatch: [SERVER_SPECS, /e2e\/server\.spec\.ts/],
  // Scenarios of a static host without a redirect map, which the production server answers itself.
  grepInvert: /@static-host/,
  use: { ...desktop, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
};
// The reader's journeys (e2e/journeys/), written once against a thin driver, in each engine through
// the production server: Chromium by Playwright, Firefox (firefox-esr) by puppeteer-core over
// WebDriver BiDi, WebKit (WebKitGTK) by selenium-webdriver and WebKitWebDriver under Xvfb.
const missingEngines = OTHER_EDITION ? [] : ENGINES.filter((engine) => !engineInstalled(engine));
if (missingEngines.length && process.env.CI)
  throw new Error(`CI needs ${missingEngines.join(', ')}: ${ENGINE_PACKAGES}`);
if (missingEngines.length)
  console.warn(`e2e: ${missingEngines.join(', ')} not found, their journeys do not run (${ENGINE_PACKAGES})`);
const journeyProjects = ENGINES.filter(engineInstalled).map((engine: Engine) => ({
  name: `journeys-${engine}`,
  testMatch: /e2e\/journeys\/.*\.spec\.ts/,
  expect: { timeout: patient(10_000) },
  use: { engine, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
}));

// Listen against a real speech engine (e2e/speech/): Chromium's speech through speech-dispatcher and espeak-ng, on the
// published edition. CI installs them; elsewhere, without them, the suite says so and runs the rest.
const hasSpeechEngine = !OTHER_EDITION && speechEngineInstalled();
if (!hasSpeechEngine && !OTHER_EDITION && process.env.CI)
  throw new Error(`CI needs a speech engine: ${SPEECH_PACKAGES}`);
if (!hasSpeechEngine && !OTHER_EDITION)
  console.warn(`e2e: no speech engine, Listen is not tried against a real one (${SPEECH_PACKAGES})`);
const speechProject = {
  name: 'speech-engine',
  testMatch: /e2e\/speech\/.*\.spec\.ts/,
  use: { ...desktop, baseURL: `http://localhost:${EDITION_PORT}` },
};

// What readers see after a publish (e2e/publishing/): each test publishes editions of the frozen test
// edition with `npm run deploy` to a site of its own, which nginx serves on a port of its own.
const publishingProject = {
  name: 'publishing',
  testMatch: /e2e\/publishing\/.*\.spec\.ts/,
  use: desktop,
};

const nginxServer = {
  command: 'npx tsx scripts/serve-nginx.ts',
  env: { PORT: String(NGINX_PORT) },
  url: `http://127.0.0.1:${NGINX_PORT}/fr/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
};

// Three production builds, each served by Vite's preview server (which falls back to index.html for
// every route, as a static host would): the published edition (`npm run build` made it); a
// test-only edition of hostile and edge-case content, built here into dist-test-content/; and a
// generated edition of 45 stories for pagination, built into dist-synthetic/. Neither is published.
export default defineConfig<JourneyOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // The defaults (30 s a test, 5 s an expectation), scaled with the machine's load (e2e/patience.ts).
  timeout: patient(30_000),
  expect: { timeout: patient(5_000) },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // The offline edition's service worker would answer requests that tests intercept; only the
  // offline spec lets it run.
  // Traces cost a sixth of the suite's time; CI prints its failures and keeps no files, so only
  // local runs record them.
  use: { trace: process.env.CI ? 'off' : 'retain-on-failure', serviceWorkers: 'block' },
  projects: [
    {
      name: 'edition',
      testIgnore: [
        /(test-content|synthetic|journeys|publishing|speech)\//,
        /server\.spec\.ts/,
        ...(hasNginx ? [SERVER_SPECS] : []),
      ],
      use: { ...desktop, baseURL: `http://localhost:${EDITION_PORT}` },
    },
    // What a static host with no redirect map answers (Vite's preview falls back to index.html, as
    // such a host would): the app's own not-found and error pages.
    ...(hasNginx
      ? [
          {
            name: 'static-host',
            testMatch: SERVER_SPECS,
            grep: /@static-host|@any-host/,
            use: { ...desktop, baseURL: `http://localhost:${EDITION_PORT}` },
          },
        ]
      : []),
    {
      name: 'test-content',
      testMatch: /test-content\/.*\.spec\.ts/,
      use: { ...desktop, baseURL: `http://localhost:${TEST_CONTENT_PORT}` },
    },
    {
      name: 'synthetic',
      testMatch: /synthetic\/.*\.spec\.ts/,
      use: { ...desktop, baseURL: `http://localhost:${SYNTHETIC_PORT}` },
    },
    ...(hasNginx ? [nginxProject, publishingProject, ...journeyProjects] : []),
    ...(hasSpeechEngine ? [speechProject] : []),
  ],
  webServer: [
    {
      command: `npx vite preview --outDir ${OTHER_EDITION ?? 'dist'} --port ${EDITION_PORT} --strictPort`,
      url: `http://localhost:${EDITION_PORT}/fr/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(OTHER_EDITION
      ? []
      : [
          {
            command: `npx tsx scripts/build.ts --outDir dist-test-content && npx vite preview --outDir dist-test-content --port ${TEST_CONTENT_PORT} --strictPort`,
            env: { KIOSQUE_CONTENT: 'e2e/test-content/content' },
            url: `http://localhost:${TEST_CONTENT_PORT}/fr/`,
            reuseExistingServer: !process.env.CI,
            timeout: 120_000,
          },
          {
            command: `npx tsx scripts/synthetic-edition.ts --count 45 --out node_modules/.cache/kiosque-synthetic && npx tsx scripts/build.ts --outDir dist-synthetic && npx vite preview --outDir dist-synthetic --port ${SYNTHETIC_PORT} --strictPort`,
            // Search parts of 16 and 4 stories: the 45 stories are searched across six parts, as a large archive is.
            env: { KIOSQUE_CONTENT: 'node_modules/.cache/kiosque-synthetic', KIOSQUE_SEARCH_PARTS: '16,4' },
            url: `http://localhost:${SYNTHETIC_PORT}/fr/`,
            reuseExistingServer: !process.env.CI,
            timeout: 120_000,
          },
        ]),
    ...(hasNginx ? [nginxServer] : []),
  ],
});
