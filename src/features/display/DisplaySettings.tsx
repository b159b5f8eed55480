import { useEffect } from 'react';
import { useT } from '../../i18n/lang.tsx';
import { usePreference, type Preference } from '../../ui/preference.ts';
import { TEXT_SIZE, THEME, type TextSize, type Theme } from './displayPreferences.ts';

type Choice<T extends string> = { value: T; label: string; className?: string };

type ChoiceGroupProps<T extends string> = { id: string; label: string; choices: Choice<T>[]; value: T; onChange: (value: T) => void };

function ChoiceGroup<T extends string>({ id, label, choices, value, onChange }: ChoiceGroupProps<T>) {
  const labelId = `${id}-label`;
  return (
    <div className="settings__group">
      <p className="settings__label" id={labelId}>
        {label}
      </p>
      <div className="segmented" role="group" aria-labelledby={labelId}>
        {choices.map((choice) => (
          <button key={choice.value} type="button" className={choice.className} aria-pressed={value === choice.value} onClick={() => onChange(choice.value)}>
            {choice.label}
          </button>
        ))}
      </div>
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

/** Text size in three steps and the theme (automatic, light, dark), remembered across visits. */
export function DisplaySettings() {
  const t = useT();
  const [textSize, setTextSize] = useDocumentPreference<TextSize>(TEXT_SIZE, 'medium', 'textSize');
  const [theme, setTheme] = useDocumentPreference<Theme>(THEME, 'auto', 'theme');
  return (
    <details className="settings">
      <summary>
        <span className="settings__icon" aria-hidden="true">
          Aa
        </span>
        <span className="settings__text">{t('display.label')}</span>
      </summary>
      <div className="settings__panel">
        <ChoiceGroup
          id="text-size"
          label={t('display.textSize')}
          value={textSize}
          onChange={setTextSize}
          choices={TEXT_SIZE.values.map((value) => ({ value, label: t(`display.textSize_${value}`), className: `text-size-choice--${value}` }))}
        />
        <ChoiceGroup id="theme" label={t('display.theme')} value={theme} onChange={setTheme} choices={THEME.values.map((value) => ({ value, label: t(`display.theme_${value}`) }))} />
      </div>
    </details>
  );
}
