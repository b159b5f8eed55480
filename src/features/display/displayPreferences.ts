import type { Preference } from '../../shared/preferences.ts';

export type TextSize = 'small' | 'medium' | 'large';
export type Theme = 'auto' | 'light' | 'dark';

// A script in every page's head (pipeline/bundle/earlyScript.ts) applies these two before the first
// paint, so that a stored theme never flashes: it is written from these keys and defaults.
export const TEXT_SIZE: Preference<TextSize> = { key: 'kiosque.textSize', values: ['small', 'medium', 'large'] };
export const THEME: Preference<Theme> = { key: 'kiosque.theme', values: ['auto', 'light', 'dark'] };

export const DEFAULT_TEXT_SIZE: TextSize = 'medium';
export const DEFAULT_THEME: Theme = 'auto';
