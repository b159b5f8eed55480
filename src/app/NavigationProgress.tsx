import { useEffect, useState } from 'react';
import { useNavigation, useRevalidator } from 'react-router';
import * as styles from './NavigationProgress.module.css';

/** How long a navigation may take before the reader is shown that it is under way: fast ones never flash a bar. */
export const PROGRESS_DELAY_MS = 200;

/** Whether a navigation (or a retry) has been loading for longer than PROGRESS_DELAY_MS. */
export function useSlowNavigation(): boolean {
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const pending = navigation.location?.key ?? (revalidator.state === 'loading' ? 'revalidation' : undefined);
  const [slow, setSlow] = useState<string>();
  useEffect(() => {
    if (pending === undefined) return;
    const timer = window.setTimeout(() => setSlow(pending), PROGRESS_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      setSlow(undefined);
    };
  }, [pending]);
  return pending !== undefined && slow === pending;
}

/** A thin indeterminate bar along the masthead's lower edge; positioned out of flow, so nothing moves. */
export function NavigationProgress({ label }: { label: string }) {
  return <div className={styles.progress} role="progressbar" aria-label={label} />;
}
