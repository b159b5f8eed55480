import { useT } from '../../i18n/lang.tsx';
import type { ReadingMode } from './readingMode.ts';

const MODES: { mode: ReadingMode; label: 'reading.single' | 'reading.sideBySide' }[] = [
  { mode: 'single', label: 'reading.single' },
  { mode: 'sideBySide', label: 'reading.sideBySide' },
];

export function ReadingModeControl({ mode, onChange }: { mode: ReadingMode; onChange: (mode: ReadingMode) => void }) {
  const t = useT();
  return (
    <div className="segmented" role="group" aria-label={t('reading.mode')}>
      {MODES.map((option) => (
        <button key={option.mode} type="button" aria-pressed={mode === option.mode} onClick={() => onChange(option.mode)}>
          {t(option.label)}
        </button>
      ))}
    </div>
  );
}
