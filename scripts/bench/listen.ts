import { chromium, type Browser, type Page } from '@playwright/test';
import { appTakesOver } from '../appTakesOver.ts';
import { chromiumExecutable } from '../chromium.ts';
import {
  SPEECH_PACKAGES,
  speakingChromium,
  speechEngineInstalled,
  speechHome,
  type SpeechHome,
} from '../speechEngine.ts';
import { stats } from './browser.ts';
import { SEED } from './seed.ts';
import { servePreview } from './servers.ts';

// From a tap on Listen to the first utterance started (the headline marked, which the app does on the utterance's
// `start` event), against a real engine (speech-dispatcher and espeak-ng): with the voices known (the browser listed
// them before the tap) and late (a browser just started, which lists Debian's 13,362 voices seconds after the page
// opens). Each run is a browser of its own, so that its voices are late again; the two are measured in turn in it.

/** In the page, as a string (tsx would wrap named helpers in one the page lacks): ms from the click to the mark. */
const CLICK_TO_MARK = `new Promise((resolve) => {
  let clickedAt = 0;
  document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (!clickedAt || !document.querySelector('main article [aria-current="true"]')) return;
    observer.disconnect();
    resolve(performance.now() - clickedAt);
  });
  observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  setTimeout(() => resolve(Number.NaN), 30000);
})`;

async function tapToFirstUtterance(page: Page, origin: string, voices: 'known' | 'late'): Promise<number> {
  await page.goto(`${origin}/fr/articles/${SEED}`);
  await appTakesOver(page);
  if (voices === 'known')
    await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, null, { timeout: 30_000 });
  else if (await page.evaluate(() => speechSynthesis.getVoices().length > 0)) return Number.NaN;
  const measured = page.evaluate(CLICK_TO_MARK) as Promise<number>;
  await page.getByRole('button', { name: 'Écouter', exact: true }).click();
  const ms = await measured;
  await page.getByRole('toolbar').getByRole('button', { name: 'Arrêter' }).click();
  return ms;
}

const launch = (home: SpeechHome): Promise<Browser> => chromium.launch(speakingChromium(home, chromiumExecutable()));

export async function measureListen(dir: string, port: number, runs: number) {
  if (!speechEngineInstalled()) {
    console.log(`\nListen: no speech engine here, not measured (${SPEECH_PACKAGES})`);
    return;
  }
  const origin = `http://localhost:${port}`;
  const server = await servePreview(dir, port);
  const home = speechHome();
  const samples = { late: [] as number[], known: [] as number[] };
  try {
    // The first browser starts speech-dispatcher as it opens (to list its voices): a tap before that has ended waits
    // for it. A reader's device does this once a session.
    const first = await launch(home);
    const engineStarts = await tapToFirstUtterance(await first.newPage(), origin, 'late');
    await first.close();
    for (let run = 0; run < runs; run += 1) {
      const browser = await launch(home);
      try {
        samples.late.push(await tapToFirstUtterance(await browser.newPage(), origin, 'late'));
        samples.known.push(await tapToFirstUtterance(await browser.newPage(), origin, 'known'));
      } finally {
        await browser.close();
      }
    }
    console.log(
      `\nListen: tap to the first utterance started (Chromium, speech-dispatcher and espeak-ng, ${runs} browsers)`,
    );
    for (const [label, values] of Object.entries(samples)) {
      const { median, p95, n, lost } = stats(values);
      console.log(
        `  voices ${label.padEnd(6)} median ${median.toFixed(0).padStart(5)} ms   p95 ${p95.toFixed(0).padStart(5)} ms   (n=${n}${lost ? `, ${lost} lost` : ''})`,
      );
    }
    console.log(
      `  voices late, in the first browser, speech-dispatcher not running before it: ${engineStarts.toFixed(0)} ms`,
    );
  } finally {
    server.kill();
    home.remove();
  }
}
