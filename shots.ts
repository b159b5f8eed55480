import { chromium } from '@playwright/test';
const base = 'http://localhost:4300';
const seedFr = '/fr/articles/ministre-interieur-examine-homologue-finlandais-moyens-renforcer';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function shot(name: string, path: string, w: number, h: number, scheme: 'light' | 'dark', prep?: (p: import('@playwright/test').Page) => Promise<void>, storage: Record<string,string> = {}) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, serviceWorkers: 'block', bypassCSP: true });
  await context.addInitScript((s) => { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, storage);
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForFunction("document.documentElement.dataset.app === 'ready'");
  if (prep) await prep(page);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/s-${name}.png` });
  const info = await page.evaluate("({ header: document.querySelector('header').getBoundingClientRect().height, p1: document.querySelector('#p1')?.getBoundingClientRect().top })");
  console.log(name, JSON.stringify(info));
  await context.close();
}
const side = { 'kiosque.readingMode': 'sideBySide' };
for (const scheme of ['light', 'dark'] as const) {
  await shot(`side-fr-${scheme}`, seedFr, 1280, 900, scheme, undefined, side);
  await shot(`phone-fr-${scheme}`, seedFr, 375, 740, scheme);
  await shot(`phone-en-front-${scheme}`, '/en/', 375, 740, scheme);
}
await shot('side-en-light', '/en/articles/minister-of-interior-examines-with-finnish-counterpart-ways-to-strengthen-security-cooperation', 1280, 900, 'light', undefined, side);
await shot('phone-fr-large', seedFr, 375, 740, 'light', undefined, { 'kiosque.textSize': 'large' });
await shot('phone-search-open', '/fr/', 375, 740, 'light', async (p) => { await p.getByRole('searchbox').first().click(); await p.keyboard.type('Finlande'); });
await browser.close();
