import { useState } from 'react';
import { useT } from '../../i18n/lang.tsx';
import * as button from '../../ui/button.module.css';
import * as styles from './ShareButton.module.css';

type Outcome = 'idle' | 'copied' | 'failed';

async function share(title: string, url: string): Promise<Outcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'idle';
    } catch (error) {
      // The reader closed the share sheet: nothing to report.
      if (error instanceof DOMException && error.name === 'AbortError') return 'idle';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** Shares through the system sheet where there is one, else copies the link; the outcome is announced. */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome>('idle');
  return (
    <div className={styles.share}>
      <button type="button" className={button.small} onClick={() => void share(title, url).then(setOutcome)}>
        {t('share.button')}
      </button>
      <p role="status" className={styles.status}>
        {outcome === 'copied' && t('share.copied')}
        {outcome === 'failed' && t('share.failed')}
      </p>
      {outcome === 'failed' && (
        <input
          className={styles.link}
          readOnly
          value={url}
          aria-label={t('share.link')}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
