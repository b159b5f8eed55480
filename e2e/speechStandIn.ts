import type { Page } from '@playwright/test';

// A deterministic stand-in for the browser's speech synthesis, installed before the page loads: it records every
// utterance (text, language, voice, rate), says an utterance has started as soon as it is its turn, ends one only when
// the test says so, and fires on cancel() the error events the specification gives ("interrupted" for the utterance
// being spoken, "canceled" for those waiting).

export type SpokenUtterance = { text: string; lang: string; voice: string | null; rate: number };

export type StandInVoice = { name: string; lang: string; voiceURI: string; localService: boolean; default: boolean };

/** Voices as an engine lists them: a region's plain voice, a novelty variant, and other regions. */
export const VOICES: StandInVoice[] = [
  { name: 'French+Annie', lang: 'fr-FR', voiceURI: 'fr-annie', localService: true, default: false },
  { name: 'Français (Belgique)', lang: 'fr-BE', voiceURI: 'fr-be', localService: true, default: false },
  { name: 'Français (France)', lang: 'fr-FR', voiceURI: 'fr-fr', localService: true, default: true },
  { name: 'English (America)', lang: 'en-US', voiceURI: 'en-us', localService: true, default: false },
  { name: 'English (Great Britain)', lang: 'en-GB', voiceURI: 'en-gb', localService: true, default: false },
];

type Options = { voices?: StandInVoice[]; late?: boolean };

/**
 * In the page: puts the stand-in in place of `speechSynthesis` and `SpeechSynthesisUtterance`, and `speechStandIn` on
 * `window` for the test. Self-contained, so that any engine's driver can run it (the journeys, e2e/journeys/).
 */
export function standInSpeech({ voices, late }: Required<Options>): void {
  type Utterance = EventTarget & {
    text: string;
    lang: string;
    voice: { name: string } | null;
    rate: number;
    [handler: `on${string}`]: ((event: Event) => void) | null | undefined;
  };
  const fire = (utterance: Utterance, type: string, error?: string) => {
    const event = Object.assign(new Event(type), error ? { error } : {});
    utterance[`on${type}`]?.(event);
    utterance.dispatchEvent(event);
  };
  class StandInUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }
  const spoken: { text: string; lang: string; voice: string | null; rate: number }[] = [];
  let listed = late ? [] : voices;
  let waiting: Utterance[] = [];
  let current: Utterance | undefined;
  const synthesis = new EventTarget();
  const next = () => {
    current = waiting.shift();
    const started = current;
    if (started) queueMicrotask(() => fire(started, 'start'));
  };
  Object.assign(synthesis, {
    getVoices: () => listed,
    speak: (utterance: Utterance) => {
      spoken.push({
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.name ?? null,
        rate: utterance.rate,
      });
      waiting.push(utterance);
      if (!current) next();
    },
    cancel: () => {
      const [interrupted, canceled] = [current, waiting];
      current = undefined;
      waiting = [];
      if (interrupted) fire(interrupted, 'error', 'interrupted');
      for (const utterance of canceled) fire(utterance, 'error', 'canceled');
    },
    pause: () => undefined,
    resume: () => undefined,
    get speaking() {
      return current !== undefined;
    },
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true });
  Object.assign(window, {
    speechStandIn: {
      spoken,
      speaking: () => current?.text,
      finish: () => {
        const ended = current;
        current = undefined;
        if (ended) fire(ended, 'end');
        // The end of one utterance starts the next one waiting, unless its handler already spoke another.
        if (!current) next();
      },
      listVoices: () => {
        listed = voices;
        synthesis.dispatchEvent(new Event('voiceschanged'));
      },
    },
  });
}

export async function installSpeechStandIn(page: Page, { voices = VOICES, late = false }: Options = {}) {
  await page.addInitScript(standInSpeech, { voices, late });
}

type StandIn = {
  spoken: SpokenUtterance[];
  speaking: () => string | undefined;
  finish: () => void;
  listVoices: () => void;
};

// In the page: what a test asks of the stand-in (self-contained, for any engine's driver).
export const spokenSoFar = () => (window as unknown as { speechStandIn: StandIn }).speechStandIn.spoken;
export const speakingNow = () => (window as unknown as { speechStandIn: StandIn }).speechStandIn.speaking();
export const finishSpeaking = () => (window as unknown as { speechStandIn: StandIn }).speechStandIn.finish();
export const listVoicesNow = () => (window as unknown as { speechStandIn: StandIn }).speechStandIn.listVoices();

/** What the test asks of the stand-in in `page`. */
export const speech = (page: Page) => ({
  spoken: () => page.evaluate(spokenSoFar),
  speaking: () => page.evaluate(speakingNow),
  finish: () => page.evaluate(finishSpeaking),
  listVoices: () => page.evaluate(listVoicesNow),
});
