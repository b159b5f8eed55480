import { useT } from '../../i18n/lang.tsx';
import { SegmentedControl } from '../../ui/SegmentedControl.tsx';
import type { ReadingMode } from './readingMode.ts';

/** The reading mode buttons as they look: with `onChange`, they act (readingModes.tsx). */
export function ReadingModeView({
  shown,
  onChange = () => {},
}: {
  shown: ReadingMode;
  onChange?: (mode: ReadingMode) => void;
}) {
  const t = useT();
  return (
    <SegmentedControl
      label={{ text: t('reading.mode') }}
      value={shown}
      onChange={onChange}
      options={[
        { value: 'single', label: t('reading.single') },
        { value: 'sideBySide', label: t('reading.sideBySide') },
      ]}
    />
  );
}
