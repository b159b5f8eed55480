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
  // The engine's start, the browser's and two utterances, each of which may take seconds at the end of a loaded run.
  test.setTimeout(patient(150_000));
  const home = speechHome();
  await startSpeechEngine(home);
  const browser = await playwright.chromium.launch(speakingChromium(home, suiteChromiumExecutable()));
  try {
    const page = await browser.newPage({ baseURL });
    await openPage(page, articlePath(SEED_ID, 'fr'));
    // Listen's code arrived first: this spec is about the engine (a tap held before it arrives has specs of its own).
    await islandsArrived(page);
    await page.getByRole('button', { name: 'Écouter', exact: true }).click();
    const marked = page.locator('main article [aria-current="true"]');
    // The engine starts on the first utterance (seconds), and lists its voices later still.
    const engineTime = { timeout: patient(30_000) };
    await expect(marked, 'the headline, marked as its utterance starts').toHaveText(seed.headline, engineTime);
    // The standfirst, if any, then the first paragraph, then the second: each starts only when the one before ended.
    await expect(marked).toHaveText(paragraphs[1]!.text, engineTime);
    await expect(page.getByRole('status')).toHaveCount(0);
  } finally {
    await browser.close();
    home.remove();
  }
});
