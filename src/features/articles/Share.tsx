import { useT } from '../../i18n/lang.tsx';
import * as button from '../../ui/button.module.css';
import { islandPart } from '../../ui/islands/declarePart.ts';
import { Island } from '../../ui/islands/Island.tsx';
import * as styles from './ShareButton.module.css';

const shareButton = islandPart('share', async () => (await import('./ShareButton.tsx')).ShareButton);

/** Share, an island: a tap before its code arrives shares once it has. */
export function Share({ title, url }: { title: string; url: string }) {
  const t = useT();
  return (
    <Island
      part={shareButton}
      props={{ title, url }}
      face={
        <div className={styles.share}>
          <button type="button" className={button.small}>
            {t('share.button')}
          </button>
        </div>
      }
    />
  );
}
