import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/lang.tsx';
import { usePreference, type Preference } from '../../shared/preferences.ts';
import { SegmentedControl } from '../../ui/SegmentedControl.tsx';
import * as styles from './DisplaySettings.module.css';
import { DEFAULT_TEXT_SIZE, DEFAULT_THEME, TEXT_SIZE, THEME, type TextSize, type Theme } from './displayPreferences.ts';
import type { DocumentStateName } from '../../shared/documentState.ts';

// The display settings' panel, an island of their disclosure (see DisplaySettings.tsx and
// ui/islands/): its code arrives when the reader points at, focuses or touches it, or when the
// browser is idle.

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

/** Each text size's button shows the size it sets. */
const SIZE_CLASS: Record<TextSize, string | undefined> = {
  small: styles.small,
  medium: undefined,
  large: styles.large,
};

/** A preference mirrored on `<html data-…>`, where the stylesheet reads it. */
function useDocumentPreference<T extends string>(
  preference: Preference<T>,
  fallback: T,
  attribute: Extract<DocumentStateName, 'theme' | 'textSize'>,
) {
  const [value, setValue] = usePreference(preference, fallback);
  useEffect(() => {
    document.documentElement.dataset[attribute] = value;
  }, [attribute, value]);
  return [value, setValue] as const;
}

/**
 * The disclosure closes as a menu would: Escape closes it and gives focus back to its button; a
 * click anywhere else, or focus moved out of it (Tab past its last button), closes it and leaves
 * focus where the reader put it.
 */
function useClosingDisclosure() {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const details = panel.current?.closest('details');
    if (!details) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const closeIfOutside = (target: EventTarget | null) => {
      if (details.open && target instanceof Node && !details.contains(target)) details.open = false;
    };
    const onClick = (event: MouseEvent) => closeIfOutside(event.target);
    const onFocusOut = (event: FocusEvent) => closeIfOutside(event.relatedTarget);
    details.addEventListener('keydown', onKey);
    details.addEventListener('focusout', onFocusOut);
    document.addEventListener('click', onClick, true);
    return () => {
      details.removeEventListener('keydown', onKey);
      details.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('click', onClick, true);
    };
  }, []);
  return panel;
}

/** Text size in three steps and the theme (automatic, light, dark), remembered across visits. */
export function DisplayPanel() {
  const t = useT();
  const panel = useClosingDisclosure();
  const [textSize, setTextSize] = useDocumentPreference<TextSize>(TEXT_SIZE, DEFAULT_TEXT_SIZE, 'textSize');
  const [theme, setTheme] = useDocumentPreference<Theme>(THEME, DEFAULT_THEME, 'theme');
  return (
    <div ref={panel} className={styles.panel}>
      <Setting id="text-size-label" label={t('display.textSize')}>
        <SegmentedControl
          label={{ by: 'text-size-label' }}
          value={textSize}
          onChange={setTextSize}
          options={TEXT_SIZE.values.map((value) => ({
            value,
            label: t(`display.textSize_${value}`),
            className: SIZE_CLASS[value],
          }))}
        />
      </Setting>
      <Setting id="theme-label" label={t('display.theme')}>
        <SegmentedControl
          label={{ by: 'theme-label' }}
          value={theme}
          onChange={setTheme}
          options={THEME.values.map((value) => ({ value, label: t(`display.theme_${value}`) }))}
        />
      </Setting>
    </div>
  );
}
