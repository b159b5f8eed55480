import { useSyncExternalStore } from 'react';
import type { ArticleView } from '../../content-api/published.ts';
import { useT } from '../../i18n/lang.tsx';
import * as button from '../../ui/button.module.css';
import { islandPart } from '../../ui/islands/declarePart.ts';
import { Island } from '../../ui/islands/Island.tsx';
import * as styles from './Listen.module.css';

// Listen among the story's tools (wired in by the app, see ui/storyTools.tsx): its face is the button, its code
// (ListenPlayer.tsx) arrives on intent. A page without JavaScript cannot read aloud, so the button exists only once
// the app runs: the server renders none.

const listenPlayer = islandPart('listen', async () => (await import('./ListenPlayer.tsx')).ListenPlayer);

const noChange = () => () => undefined;

/** Whether the app runs in a browser: false while it hydrates the server's HTML, true from then on. */
const useInBrowser = () =>
  useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );

export function Listen({ article }: { article: ArticleView }) {
  const t = useT();
  if (!useInBrowser()) return null;
  return (
    <Island
      part={listenPlayer}
      props={{ article }}
      face={
        <div className={styles.listen}>
          <button type="button" className={button.small}>
            {t('listen.button')}
          </button>
        </div>
      }
    />
  );
}
