import type { ListeningUnit } from './units.ts';
import type { Voice } from './voices.ts';

// Speaking a story unit by unit with the browser's speech synthesis. Each unit is one utterance; when it ends, the
// next is spoken. Stopping cancels what is being said: the specification then fires `error` ("interrupted",
// "canceled") on the utterances cancelled, which are not failures, and an utterance of an earlier start never moves
// the reading on.

export type Speech = Pick<SpeechSynthesis, 'speak' | 'cancel'>;

export type NarrationVoice = { lang: string; voice?: Voice; rate: number };

export type NarrationEvents = {
  /** A unit has started to be spoken. */
  started: (index: number) => void;
  /** The last unit was spoken to its end. */
  finished: () => void;
  /** The engine failed: what it said. */
  failed: (reason: string) => void;
};

const NOT_FAILURES = new Set(['interrupted', 'canceled']);

/** The voice to speak the next unit with, asked for at each unit: voices listed late are used from the next one on. */
export type VoiceOf = () => NarrationVoice;

export type Narration = {
  /** Speaks `units` from `index` on, cancelling whatever was being said. */
  speakFrom: (units: ListeningUnit[], index: number, voiceOf: VoiceOf) => void;
  /** Cancels what is being said. */
  stop: () => void;
};

export function narration(
  speech: Speech,
  makeUtterance: (text: string) => SpeechSynthesisUtterance,
  events: NarrationEvents,
): Narration {
  let run = 0;
  const speakFrom = (units: ListeningUnit[], index: number, voiceOf: VoiceOf, current = ++run) => {
    const unit = units[index];
    if (!unit) {
      events.finished();
      return;
    }
    const voice = voiceOf();
    const utterance = makeUtterance(unit.text);
    utterance.lang = voice.lang;
    // A voice the browser listed; a stand-in for it would be refused.
    if (voice.voice) utterance.voice = voice.voice as SpeechSynthesisVoice;
    utterance.rate = voice.rate;
    utterance.onstart = () => {
      if (current === run) events.started(index);
    };
    utterance.onend = () => {
      if (current === run) speakFrom(units, index + 1, voiceOf, current);
    };
    utterance.onerror = (event) => {
      if (current === run && !NOT_FAILURES.has(event.error)) events.failed(event.error);
    };
    speech.speak(utterance);
  };
  return {
    speakFrom: (units, index, voiceOf) => {
      run += 1;
      speech.cancel();
      speakFrom(units, index, voiceOf, run);
    },
    stop: () => {
      run += 1;
      speech.cancel();
    },
  };
}
