import { useT } from '../../i18n/lang.tsx';
import { islandPart } from '../../ui/islands/declarePart.ts';
import { Island } from '../../ui/islands/Island.tsx';
import * as styles from './DisplaySettings.module.css';

const displayPanel = islandPart('display', async () => (await import('./DisplayPanel.tsx')).DisplayPanel);

/**
 * Text size and theme, under a disclosure in the masthead that opens as plain HTML does. Its panel
 * is an island (see ui/islands/): a choice pressed in it before its code arrives is made once the
 * code is here.
 */
export function DisplaySettings() {
  const t = useT();
  return (
    <details className={styles.settings} data-wants={displayPanel.name}>
      <summary>
        {/* On narrow screens "Aa" stands in for the name, which stays the button's accessible name. */}
        <span className={styles.icon} aria-hidden="true">
          Aa
        </span>
        <span className="visually-hidden-when-narrow">{t('display.label')}</span>
      </summary>
      <Island part={displayPanel} props={{}} face={<div className={styles.panel} aria-busy="true" />} />
    </details>
  );
}
