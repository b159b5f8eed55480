import { useEffect } from 'react';

// The story on the device's lock screen or notification, with play, pause, previous and next from headphones, where
// the browser has the Media Session API.

type Actions = { play: () => void; pause: () => void; previous: () => void; next: () => void };

export function useMediaSession(headline: string | undefined, status: 'idle' | 'playing' | 'paused', actions: Actions) {
  useEffect(() => {
    if (!('mediaSession' in navigator) || headline === undefined) return;
    const session = navigator.mediaSession;
    session.metadata = new MediaMetadata({ title: headline, artist: 'Kiosque' });
    session.playbackState = status === 'playing' ? 'playing' : 'paused';
    const handlers: [MediaSessionAction, () => void][] = [
      ['play', actions.play],
      ['pause', actions.pause],
      ['previoustrack', actions.previous],
      ['nexttrack', actions.next],
    ];
    for (const [action, handler] of handlers) session.setActionHandler(action, handler);
    return () => {
      for (const [action] of handlers) session.setActionHandler(action, null);
      session.metadata = null;
      session.playbackState = 'none';
    };
  });
}
