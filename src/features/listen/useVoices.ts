import { useSyncExternalStore } from 'react';
import type { Voice } from './voices.ts';

// The voices the browser lists, as they arrive: Chromium lists none at first and fires `voiceschanged` when it has
// them (Debian's, with speech-dispatcher, 6 to 10 s after the page opens).

const NONE: Voice[] = [];
let known: Voice[] = NONE;

function subscribe(changed: () => void) {
  if (typeof speechSynthesis === 'undefined') return () => undefined;
  const update = () => {
    known = speechSynthesis.getVoices();
    changed();
  };
  speechSynthesis.addEventListener('voiceschanged', update);
  update();
  return () => speechSynthesis.removeEventListener('voiceschanged', update);
}

/** The voices listed so far: read once the browser has any, then kept until it says they changed. */
function listed(): Voice[] {
  if (known === NONE && typeof speechSynthesis !== 'undefined') {
    const voices = speechSynthesis.getVoices();
    if (voices.length > 0) known = voices;
  }
  return known;
}

/**
 * The voices, hydrating too: a tap held on the server's button is pressed as the controls hydrate, and must find the
 * voices the browser has (the server has none, and renders nothing that depends on them).
 */
export function useVoices(): Voice[] {
  return useSyncExternalStore(subscribe, listed, listed);
}
