import { useT } from '../../i18n/lang.tsx';
import { SegmentedControl } from '../../ui/SegmentedControl.tsx';
import type { ReadingMode } from './readingMode.ts';

export function ReadingModeControl({ mode, onChange }: { mode: ReadingMode; onChange: (mode: ReadingMode) => void }) {
  const t = useT();
  return (
    <SegmentedControl
      label={{ text: t('reading.mode') }}
      value={mode}
      onChange={onChange}
      options={[
        { value: 'single', label: t('reading.single') },
        { value: 'sideBySide', label: t('reading.sideBySide') },
      ]}
    />
  );
}
