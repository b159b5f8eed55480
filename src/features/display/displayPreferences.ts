import type { Preference } from '../../shared/preferences.ts';

export type TextSize = 'small' | 'medium' | 'large';
export type Theme = 'auto' | 'light' | 'dark';

// index.html reads these two keys before the first paint, so that a stored theme never flashes.
export const TEXT_SIZE: Preference<TextSize> = { key: 'kiosque.textSize', values: ['small', 'medium', 'large'] };
export const THEME: Preference<Theme> = { key: 'kiosque.theme', values: ['auto', 'light', 'dark'] };
