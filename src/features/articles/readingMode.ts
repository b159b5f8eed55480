import type { Preference } from '../../shared/preferences.ts';

export type ReadingMode = 'single' | 'sideBySide';

export const READING_MODE: Preference<ReadingMode> = { key: 'kiosque.readingMode', values: ['single', 'sideBySide'] };
