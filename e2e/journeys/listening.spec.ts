import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { articlePath, LEAD_ID, versionIn, versionLanguage } from '../edition.ts';
import { finishSpeaking, speakingNow, spokenSoFar, standInSpeech, VOICES } from '../speechStandIn.ts';
import type { Browsing } from './browsing.ts';
import { expect, test } from './fixtures.ts';

// Listen in every engine, with the stand-in for speech synthesis the Chromium specs use (e2e/speechStandIn.ts). It is
// put in place on the front page, and the lead opened from there client-side: WebKit's driver can run no script before
// a document's own, and the Listen control reads the voices as it appears.

const VOICE_OF = { fr: 'Français (France)', en: 'English (Great Britain)' } as const;

/** What Listen reads of the lead for a reader of `lang`: the headline, the standfirst, each paragraph. */
function unitsOf(lang: 'fr' | 'en'): string[] {
  const version = versionIn(LEAD_ID, lang);
  const paragraphs = version.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);
  return [version.headline, ...(version.standfirst ? [version.standfirst] : []), ...paragraphs];
}

const speaking = (browsing: Browsing) => browsing.evaluate(speakingNow, null);
const lastSpoken = async (browsing: Browsing) => (await browsing.evaluate(spokenSoFar, null)).at(-1);
const marked = (browsing: Browsing) => browsing.texts('main article [aria-current="true"]');

test('listening to the lead: read unit by unit and marked, then on in English at the same unit, then stopped', async ({
  browsing,
}) => {
  await browsing.open('/fr/');
  await browsing.evaluate(standInSpeech, { voices: VOICES, late: false });
  await browsing.click({ css: `main a[href="${articlePath(LEAD_ID, 'fr')}"]` });
  await browsing.click({ css: 'main button', name: fr.listen.button });
  const [french, english] = [unitsOf('fr'), unitsOf('en')];
  await expect.poll(() => speaking(browsing)).toBe(french[0]);
  const language = versionLanguage(LEAD_ID, 'fr');
  expect(await lastSpoken(browsing)).toMatchObject({
    lang: expect.stringMatching(`^${language}-`),
    voice: VOICE_OF[language],
  });

  await browsing.evaluate(finishSpeaking, null);
  await expect.poll(() => speaking(browsing)).toBe(french[1]);
  await expect.poll(() => marked(browsing)).toEqual([french[1]]);

  await browsing.click({ css: `header nav a[hreflang="en"]` });
  await expect.poll(() => browsing.path()).toBe(articlePath(LEAD_ID, 'en'));
  await expect.poll(() => speaking(browsing)).toBe(english[1]);
  expect((await lastSpoken(browsing))?.voice).toBe(VOICE_OF[versionLanguage(LEAD_ID, 'en')]);

  await browsing.click({ css: '[role="toolbar"] button', name: en.listen.stop });
  await expect.poll(() => speaking(browsing)).toBeFalsy();
  expect(await marked(browsing)).toEqual([]);
});
