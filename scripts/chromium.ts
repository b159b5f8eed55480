import { existsSync } from 'node:fs';

// Playwright cannot download its own browser everywhere (this project's CI has no such network),
// so the tests prefer a system Chromium and fall back to Playwright's browser where there is one.

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
// Debian's build of Chromium's headless shell (package chromium-headless-shell), the browser
// Playwright itself runs headless: here a test's fresh context and page cost about a third of the
// full browser's CPU (6.6 s against 18 s for six contexts with two loads each, same run).
const SYSTEM_HEADLESS_SHELL = ['/usr/lib/chromium/chromium-headless-shell'];

/** CHROMIUM_PATH, else a system Chromium, else undefined (Playwright's own browser). */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** The full browser, as readers run it: the benchmark, Lighthouse and the screenshots use it. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumExecutable();
  return executablePath ? { executablePath, args: CHROMIUM_FLAGS } : { args: CHROMIUM_FLAGS };
}

/** The test suite's browser: the headless shell when installed (and no CHROMIUM_PATH names another), else the above. */
export function suiteChromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return chromiumExecutable();
  return SYSTEM_HEADLESS_SHELL.find((path) => existsSync(path)) ?? chromiumExecutable();
}

export function suiteChromiumLaunchOptions() {
  const executablePath = suiteChromiumExecutable();
  return executablePath ? { executablePath, args: CHROMIUM_FLAGS } : { args: CHROMIUM_FLAGS };
}
