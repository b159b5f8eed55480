import * as styles from './SegmentedControl.module.css';

/** An option's `className` may set `--option-font-size` (the text-size choices show their size). */
type Option<T extends string> = { value: T; label: string; className?: string };

type SegmentedControlProps<T extends string> = {
  /** The group's accessible name, or the id of the element that names it. */
  label: { text: string } | { by: string };
  options: Option<T>[];
  value: T;
  onChange: (value: T) => void;
};

/** A row of toggle buttons of which exactly one is pressed. */
export function SegmentedControl<T extends string>({ label, options, value, onChange }: SegmentedControlProps<T>) {
  const name = 'text' in label ? { 'aria-label': label.text } : { 'aria-labelledby': label.by };
  return (
    <div className={styles.segmented} role="group" {...name}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={option.className}
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
