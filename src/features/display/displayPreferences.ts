import type { Preference } from '../../shared/preferences.ts';

export type TextSize = 'small' | 'medium' | 'large';
export type Theme = 'auto' | 'light' | 'dark';

// The page's early script (src/early/earlyScript.ts) applies these two before the first paint
// (applyStoredDisplay), so that a stored theme never flashes. The keys stand on their own so that the
// early script carries them and not the lists of values.
const TEXT_SIZE_KEY = 'kiosque.textSize';
const THEME_KEY = 'kiosque.theme';
export const TEXT_SIZE: Preference<TextSize> = { key: TEXT_SIZE_KEY, values: ['small', 'medium', 'large'] };
export const THEME: Preference<Theme> = { key: THEME_KEY, values: ['auto', 'light', 'dark'] };

export const DEFAULT_TEXT_SIZE: TextSize = 'medium';
export const DEFAULT_THEME: Theme = 'auto';

/** Before the first paint: the stored theme and text size on `<html>`; storage that throws leaves the defaults. */
export function applyStoredDisplay(): void {
  const state = document.documentElement.dataset;
  try {
    const stored = localStorage;
    state.theme = stored.getItem(THEME_KEY) || DEFAULT_THEME;
    state.textSize = stored.getItem(TEXT_SIZE_KEY) || DEFAULT_TEXT_SIZE;
  } catch {
    // The stylesheet's defaults apply.
  }
}
