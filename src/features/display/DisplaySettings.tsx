import { useEffect, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/lang.tsx';
import { usePreference, type Preference } from '../../shared/preferences.ts';
import { SegmentedControl } from '../../ui/SegmentedControl.tsx';
import * as styles from './DisplaySettings.module.css';
import { DEFAULT_TEXT_SIZE, DEFAULT_THEME, TEXT_SIZE, THEME, type TextSize, type Theme } from './displayPreferences.ts';

function Setting({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <p className={styles.label} id={id}>
        {label}
      </p>
      {children}
    </div>
  );
}

/** A preference mirrored on `<html data-…>`, where the stylesheet reads it. */
function useDocumentPreference<T extends string>(preference: Preference<T>, fallback: T, attribute: 'theme' | 'textSize') {
  const [value, setValue] = usePreference(preference, fallback);
  useEffect(() => {
    document.documentElement.dataset[attribute] = value;
  }, [attribute, value]);
  return [value, setValue] as const;
}

/** Escape closes the panel and gives focus back to its button, as with any disclosure. */
function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
  if (event.key !== 'Escape' || !event.currentTarget.open) return;
  event.currentTarget.open = false;
  event.currentTarget.querySelector('summary')?.focus();
}

/** Text size in three steps and the theme (automatic, light, dark), remembered across visits. */
export function DisplaySettings() {
  const t = useT();
  const [textSize, setTextSize] = useDocumentPreference<TextSize>(TEXT_SIZE, DEFAULT_TEXT_SIZE, 'textSize');
  const [theme, setTheme] = useDocumentPreference<Theme>(THEME, DEFAULT_THEME, 'theme');
  return (
    <details className={styles.settings} onKeyDown={closeOnEscape}>
      <summary>
        <span className={styles.icon} aria-hidden="true">
          Aa
        </span>
        <span className="visually-hidden-when-narrow">{t('display.label')}</span>
      </summary>
      <div className={styles.panel}>
        <Setting id="text-size-label" label={t('display.textSize')}>
          <SegmentedControl
            label={{ by: 'text-size-label' }}
            value={textSize}
            onChange={setTextSize}
            options={TEXT_SIZE.values.map((value) => ({ value, label: t(`display.textSize_${value}`), className: value === 'medium' ? undefined : styles[value] }))}
          />
        </Setting>
        <Setting id="theme-label" label={t('display.theme')}>
          <SegmentedControl label={{ by: 'theme-label' }} value={theme} onChange={setTheme} options={THEME.values.map((value) => ({ value, label: t(`display.theme_${value}`) }))} />
        </Setting>
      </div>
    </details>
  );
}
