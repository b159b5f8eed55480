import { useEffect, useState, useSyncExternalStore } from 'react';
import { useNavigation, useRevalidator } from 'react-router';
import * as styles from './NavigationProgress.module.css';

/** How long a navigation may take before the reader is shown that it is under way: fast ones never flash a bar. */
export const PROGRESS_DELAY_MS = 200;

// A navigation that waits for the code of the page on screen (app/router.tsx) has not started yet
// for the router: it is under way for the reader all the same.
let waitingForCode = 0;
const waitListeners = new Set<() => void>();

function setWaiting(change: number) {
  waitingForCode += change;
  for (const listener of waitListeners) listener();
}

/** Says a navigation is under way while `code` arrives, as the router says it of a navigation loading. */
export async function whileCodeArrives(code: Promise<unknown>): Promise<void> {
  setWaiting(1);
  try {
    await code;
  } finally {
    setWaiting(-1);
  }
}

const subscribeToWait = (listener: () => void) => {
  waitListeners.add(listener);
  return () => waitListeners.delete(listener);
};

/** Whether a navigation (or a retry) has been loading for longer than PROGRESS_DELAY_MS. */
export function useSlowNavigation(): boolean {
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const waiting = useSyncExternalStore(
    subscribeToWait,
    () => waitingForCode > 0,
    () => false,
  );
  // One navigation for the reader, from the wait for code to the page's data loaded: the bar, once
  // shown, stays until the page is there.
  const pending = waiting || navigation.state !== 'idle' || revalidator.state === 'loading';
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => setSlow(true), PROGRESS_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      setSlow(false);
    };
  }, [pending]);
  return pending && slow;
}

/** A thin indeterminate bar along the masthead's lower edge; positioned out of flow, so nothing moves. */
export function NavigationProgress({ label }: { label: string }) {
  return <div className={styles.progress} role="progressbar" aria-label={label} />;
}
