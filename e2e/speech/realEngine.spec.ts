import { suiteChromiumExecutable } from '../../scripts/chromium.ts';
import { articlePath, SEED_ID, story } from '../edition.ts';
import { expect, islandsArrived, openPage, test } from '../fixtures.ts';
import { patient } from '../patience.ts';
import { speakingChromium, speechHome, startSpeechEngine } from '../../scripts/speechEngine.ts';

// Listen against a real speech engine (scripts/speechEngine.ts), not the stand-in the other specs use: Chromium's
// speech, through speech-dispatcher and espeak-ng, says when each utterance starts and ends, and the reading moves on
// by itself. playwright.config.ts runs this spec only where the engine is installed, and says why when it is not.

const seed = story(SEED_ID, 'fr');
const paragraphs = seed.blocks.filter((block) => block.type === 'paragraph');

test('a real engine speaks the headline and a paragraph to their end, and the next unit starts by itself', async ({
  playwright,
  baseURL,
}) => {
  // The engine's start, the browser's and the first utterance may each take seconds at the end of a loaded run.
  test.setTimeout(patient(150_000));
  const home = speechHome();
  await startSpeechEngine(home);
  const browser = await playwright.chromium.launch(speakingChromium(home, suiteChromiumExecutable()));
  try {
    const page = await browser.newPage({ baseURL });
    await openPage(page, articlePath(SEED_ID, 'fr'));
    // Listen's code arrived first: this spec is about the engine (a tap held before it arrives has specs of its own).
    await islandsArrived(page);
    // Every unit marked, in turn: the null device plays at once, so a paragraph may be marked for less time than a
    // look at the page takes.
    await page.evaluate(() => {
      const marked: string[] = [];
      const note = () => {
        const text = document.querySelector('main article [aria-current="true"]')?.textContent ?? '';
        if (text && marked.at(-1) !== text) marked.push(text);
      };
      const story = document.querySelector('main article');
      if (story) new MutationObserver(note).observe(story, { attributes: true, subtree: true, childList: true });
      Object.assign(window, { kiosqueMarked: marked });
    });
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    const markedSoFar = () => page.evaluate(() => (window as unknown as { kiosqueMarked: string[] }).kiosqueMarked);
    // The engine starts on the first utterance (seconds), and lists its voices later still. The standfirst, if any,
    // then the first paragraph, then the second: each starts only when the one before ended.
    const firstUnits = [seed.headline, ...(seed.standfirst ? [seed.standfirst] : []), paragraphs[0]!.text];
    await expect
      .poll(async () => (await markedSoFar()).slice(0, firstUnits.length + 1), { timeout: patient(60_000) })
      .toEqual([...firstUnits, paragraphs[1]!.text]);
    // Nothing went wrong, whether it is still reading or has read the story to its end (Listen idle again).
    await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveCount(0);
  } finally {
    await browser.close();
    home.remove();
  }
});
