import { chromium } from '@playwright/test';
const base = 'http://localhost:4300';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function shot(name: string, path: string, w: number, h: number, scheme: 'light' | 'dark', storage: Record<string,string> = {}) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, serviceWorkers: 'block', bypassCSP: true });
  await context.addInitScript((s) => { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, storage);
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForFunction("document.documentElement.dataset.app === 'ready'");
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `/tmp/t-${name}.png` });
  console.log(name, await page.evaluate("document.querySelector('header').getBoundingClientRect().height"));
  await context.close();
}
await shot('front-fr-375', '/fr/', 375, 740, 'light');
await shot('front-en-1280-dark', '/en/', 1280, 900, 'dark');
await shot('topic-fr-1280', '/fr/topics/maroc', 1280, 900, 'light');
await shot('phone-fr-large2', '/fr/articles/ministre-interieur-examine-homologue-finlandais-moyens-renforcer', 375, 740, 'light', { 'kiosque.textSize': 'large' });
await shot('article-fr-1280', '/fr/articles/ministre-interieur-examine-homologue-finlandais-moyens-renforcer', 1280, 900, 'light');
await browser.close();
