import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import * as button from '../../ui/button.module.css';
import * as styles from './Listen.module.css';

// Listen's bar as a keyboard and a screen reader use it: arrow keys between its controls, controls that stay
// focusable when unavailable, and focus kept on the controls as they change.

/**
 * The arrow keys move between the controls of a toolbar, as its role promises. (Home and End are left to the page,
 * which they scroll, as everywhere else on it.)
 */
export function moveWithinToolbar(event: KeyboardEvent<HTMLElement>) {
  const moves: Record<string, (at: number, count: number) => number> = {
    ArrowRight: (at, count) => (at + 1) % count,
    ArrowLeft: (at, count) => (at - 1 + count) % count,
  };
  const move = moves[event.key];
  if (!move || event.target instanceof HTMLSelectElement) return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button, select')];
  const at = controls.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  controls[move(at, controls.length)]?.focus();
}

/** A control of the bar that may be unavailable: it stays focusable (aria-disabled), so that focus is never lost. */
export function BarButton({
  label,
  unavailable = false,
  onPress,
  children,
}: {
  label?: string;
  unavailable?: boolean;
  onPress: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`${button.small} ${label ? styles.symbol : ''}`}
      onClick={() => unavailable || onPress()}
      aria-disabled={unavailable || undefined}
      aria-label={label}
      title={label}
    >
      {children}
    </button>
  );
}

/**
 * Focus follows the controls the reader was using: to Pause as reading starts, back to Listen as it ends, where the
 * button they pressed has gone (focus would otherwise fall to the page's start).
 */
export function useFocusKept(idle: boolean) {
  const within = useRef(false);
  const listenButton = useRef<HTMLButtonElement>(null);
  const playPauseButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (within.current && lost) (idle ? listenButton : playPauseButton).current?.focus({ preventScroll: true });
  }, [idle]);
  // Focus or a press within: a button focused before the page was hydrated reports no focus event.
  const onFocus = () => {
    within.current = true;
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget))
      within.current = false;
  };
  return { listenButton, playPauseButton, onFocus, onBlur, onClickCapture: onFocus };
}
