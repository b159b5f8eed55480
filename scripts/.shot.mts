import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
const [url, out, w, h, scheme] = process.argv.slice(2);
const b = await chromium.launch(chromiumLaunchOptions());
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: (scheme ?? 'light') as 'light' });
await p.goto(url!); await p.locator('h1').waitFor();
await p.screenshot({ path: out! });
await b.close();
