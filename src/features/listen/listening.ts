import { useSyncExternalStore } from 'react';
import { rememberLeftAt } from './listenSession.ts';
import { narration, type Narration, type NarrationVoice } from './narration.ts';
import { unitIndex, type ListeningUnit } from './units.ts';

// What is being read aloud, outside React: one story at a time, as the page has one. The player renders it and asks
// it to act; it speaks through narration.ts.

export type Status = 'idle' | 'playing' | 'paused';
export type Problem = 'unsupported' | 'noVoice' | 'failed' | undefined;

type State = { status: Status; index: number; problem: Problem };

type Reading = { story: string; units: ListeningUnit[]; voice: NarrationVoice };

let state: State = { status: 'idle', index: 0, problem: undefined };
let reading: Reading | undefined;
let narrator: Narration | undefined;
const listeners = new Set<() => void>();

function update(next: Partial<State>) {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function narratorOf(): Narration | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  narrator ??= narration(speechSynthesis, (text) => new SpeechSynthesisUtterance(text), {
    started: (index) => update({ index }),
    finished: () => update({ status: 'idle', index: 0 }),
    failed: () => update({ status: 'idle', problem: 'failed' }),
  });
  return narrator;
}

/** Reads `units` of `story` aloud from `index` on. */
export function speakFrom(story: string, units: ListeningUnit[], index: number, voice: NarrationVoice): void {
  const speaker = narratorOf();
  if (!speaker) return update({ problem: 'unsupported' });
  const started: Reading = { story, units, voice };
  reading = started;
  update({ status: 'playing', index, problem: undefined });
  // Each unit is spoken with the voice of the moment (follow() changes it).
  speaker.speakFrom(units, index, () => started.voice);
}

/** Says what stops reading before it starts (no voice for the language). */
export function refuse(problem: Problem): void {
  update({ problem });
}

/** Stops at the unit being read; playing again starts it over. */
export function pause(): void {
  narrator?.stop();
  update({ status: 'paused' });
}

/** Stops, and forgets where. */
export function stop(): void {
  narrator?.stop();
  if (reading) rememberLeftAt(reading.story, undefined);
  update({ status: 'idle', index: 0 });
}

/** Whether the reader would hear the change from `before` to `after` at once: another text, speed or chosen voice. */
const heardAtOnce = (before: Reading, units: ListeningUnit[], voice: NarrationVoice) =>
  before.units !== units ||
  before.voice.rate !== voice.rate ||
  (before.voice.voice !== undefined && before.voice.voice.voiceURI !== voice.voice?.voiceURI);

/**
 * Goes on with the same unit in what the page now shows (the other language after a switch), or with another voice or
 * speed: the unit being read starts over. A voice listed late, where the engine's own was reading, takes over at the
 * next unit.
 */
export function follow(story: string, units: ListeningUnit[], voice: NarrationVoice): void {
  if (!reading || reading.story !== story) return;
  const unit = reading.units[state.index]?.id;
  if (state.status === 'playing' && heardAtOnce(reading, units, voice))
    speakFrom(story, units, unitIndex(units, unit), voice);
  else Object.assign(reading, { units, voice });
}

/** The reader left `story`: reading stops, and where it stopped is remembered. */
export function leave(story: string): void {
  if (!reading || reading.story !== story || state.status === 'idle') return;
  narrator?.stop();
  rememberLeftAt(story, reading.units[state.index]?.id);
  reading = undefined;
  update({ status: 'idle', index: 0 });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useListening(): State {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}
