import type { Lang } from '../../i18n/languages.ts';

// Choosing a voice: one of the reader's language, the one they chose before where it is still there, else a local
// voice of the language's main region. Engines that list thousands of voices (espeak-ng through speech-dispatcher,
// as Debian's Chromium has it) name each variant "Language+Variant": those are never a default.

export type Voice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'default' | 'voiceURI'>;

/** Regions in the order a voice is preferred: France before Belgium, Britain or the United States before the rest. */
const REGIONS: Record<Lang, string[]> = {
  fr: ['fr-fr', 'fr-be', 'fr-ch', 'fr-ca'],
  en: ['en-gb', 'en-us', 'en-ie', 'en-au', 'en-ca'],
};

/** A BCP 47 tag as engines write it (`fr_FR`, `fr-fr`), in one spelling. */
const tagOf = (voice: Voice) => voice.lang.replace('_', '-').toLowerCase();

const isVariant = (voice: Voice) => voice.name.includes('+');

/** The voices of `lang`, variants last. */
export function voicesOf(voices: readonly Voice[], lang: Lang): Voice[] {
  return voices.filter((voice) => tagOf(voice).split('-')[0] === lang);
}

/** How strongly a voice is preferred for `lang`: lower first. */
function rank(voice: Voice, lang: Lang): number[] {
  const region = REGIONS[lang].indexOf(tagOf(voice));
  return [
    isVariant(voice) ? 1 : 0,
    region < 0 ? REGIONS[lang].length : region,
    voice.localService ? 0 : 1,
    voice.default ? 0 : 1,
  ];
}

function before(a: number[], b: number[]): number {
  for (let at = 0; at < a.length; at += 1) if (a[at] !== b[at]) return (a[at] ?? 0) - (b[at] ?? 0);
  return 0;
}

/** The voices of `lang` a reader may choose from: no variants where the engine has plain ones, best first. */
export function choosableVoices(voices: readonly Voice[], lang: Lang): Voice[] {
  const own = voicesOf(voices, lang).sort((a, b) => before(rank(a, lang), rank(b, lang)));
  const plain = own.filter((voice) => !isVariant(voice));
  return plain.length > 0 ? plain : own;
}

/** The voice to read `lang` with: the one chosen before (`chosen`, its voiceURI) if still there, or the best. */
export function voiceFor(voices: readonly Voice[], lang: Lang, chosen?: string): Voice | undefined {
  const own = choosableVoices(voices, lang);
  return own.find((voice) => voice.voiceURI === chosen) ?? own[0];
}
