import { describe, expect, it } from 'vitest';
import { narration, type Speech } from './narration.ts';

/** An utterance as the engine sees it: its text and handlers. */
type Spoken = { text: string; onstart?: () => void; onend?: () => void; onerror?: (event: { error: string }) => void };

function engine() {
  const queue: Spoken[] = [];
  const speech: Speech = {
    speak: (utterance) => {
      queue.push(utterance as unknown as Spoken);
      (utterance as unknown as Spoken).onstart?.();
    },
    cancel: () => {
      for (const [at, utterance] of queue.splice(0).entries())
        utterance.onerror?.({ error: at === 0 ? 'interrupted' : 'canceled' });
    },
  };
  return { speech, queue };
}

const UNITS = [
  { id: 'headline', text: 'Headline' },
  { id: 'p1', text: 'One' },
  { id: 'p2', text: 'Two' },
];
const VOICE = () => ({ lang: 'en-GB', rate: 1 });

function narrated() {
  const { speech, queue } = engine();
  const events: string[] = [];
  const narrator = narration(speech, (text) => ({ text }) as SpeechSynthesisUtterance, {
    started: (index) => events.push(`started ${index}`),
    finished: () => events.push('finished'),
    failed: (reason) => events.push(`failed ${reason}`),
  });
  return { narrator, queue, events };
}

describe('narration', () => {
  it('speaks each unit when the one before ends, and says when the last has ended', () => {
    const { narrator, queue, events } = narrated();
    narrator.speakFrom(UNITS, 1, VOICE);
    queue.at(-1)?.onend?.();
    queue.at(-1)?.onend?.();
    expect(queue.map((utterance) => utterance.text)).toEqual(['One', 'Two']);
    expect(events).toEqual(['started 1', 'started 2', 'finished']);
  });

  it('takes the errors a cancel fires for what they are, and never moves on from a cancelled utterance', () => {
    const { narrator, queue, events } = narrated();
    narrator.speakFrom(UNITS, 0, VOICE);
    const first = queue[0];
    narrator.speakFrom(UNITS, 2, VOICE);
    first?.onend?.();
    narrator.stop();
    expect(events).toEqual(['started 0', 'started 2']);
  });

  it('asks for the voice at each unit, so that one listed late reads from the next unit on', () => {
    const { narrator, queue } = narrated();
    let lang = 'en';
    narrator.speakFrom(UNITS, 0, () => ({ lang, rate: 1 }));
    lang = 'en-GB';
    queue.at(-1)?.onend?.();
    expect(queue.map((utterance) => (utterance as unknown as { lang: string }).lang)).toEqual(['en', 'en-GB']);
  });

  it('says when the engine fails', () => {
    const { narrator, queue, events } = narrated();
    narrator.speakFrom(UNITS, 0, VOICE);
    queue[0]?.onerror?.({ error: 'synthesis-failed' });
    expect(events).toEqual(['started 0', 'failed synthesis-failed']);
  });
});
