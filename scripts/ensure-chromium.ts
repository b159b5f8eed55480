import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { suiteChromiumExecutable } from './chromium.ts';

// Before the browser tests: use CHROMIUM_PATH or a system Chromium when there is one; otherwise
// make sure Playwright's own Chromium is installed (this needs the network to reach its CDN).

const system = suiteChromiumExecutable();
if (system) {
  console.log(`e2e: using Chromium at ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`e2e: using Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  console.log(
    "e2e: no Chromium found; installing Playwright's (set CHROMIUM_PATH or install Debian's chromium to skip this)",
  );
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
