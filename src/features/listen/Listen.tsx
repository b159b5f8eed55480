import type { ArticleView } from '../../content-api/published.ts';
import { useT } from '../../i18n/lang.tsx';
import * as button from '../../ui/button.module.css';
import { islandPart } from '../../ui/islands/declarePart.ts';
import { Island } from '../../ui/islands/Island.tsx';
import * as styles from './Listen.module.css';

// Listen among the story's tools (wired in by the app, see ui/storyTools.tsx): its face is the button, its code
// (ListenPlayer.tsx) arrives on intent. The server renders the button, so that its place is kept from the first paint
// (a button added by the app would push a phone's text down), but unseen until the app holds the page
// (Listen.module.css): a page without JavaScript cannot read aloud.

const listenPlayer = islandPart('listen', async () => (await import('./ListenPlayer.tsx')).ListenPlayer);

export function Listen({ article }: { article: ArticleView }) {
  const t = useT();
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
