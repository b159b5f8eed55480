import { existsSync } from 'node:fs';
import type { Engine } from './driver.ts';

// Where Debian installs the engines the journeys drive (apt-get install firefox-esr
// webkit2gtk-driver xvfb), and whether this machine has them.

export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = '/usr/bin/Xvfb';

export const ENGINE_PACKAGES = 'apt-get install firefox-esr webkit2gtk-driver xvfb';

export function engineInstalled(engine: Engine): boolean {
  switch (engine) {
    case 'chromium':
      return true; // scripts/chromium.ts finds or installs it
    case 'firefox':
      return existsSync(FIREFOX);
    case 'webkit':
      return [WEBKIT_DRIVER, MINIBROWSER, XVFB].every((path) => existsSync(path));
  }
}
