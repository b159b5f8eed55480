import type { Plugin } from 'vite';
import { DEFAULT_TEXT_SIZE, DEFAULT_THEME, TEXT_SIZE, THEME } from '../src/features/display/displayPreferences.ts';

// The one script that must run before the first paint: it applies the reader's stored theme and
// text size, so that a dark page never flashes light. Written from the preferences' own keys and
// defaults; storage that throws leaves the defaults.

export function earlyPreferencesScript(): string {
  const apply = (attribute: string, key: string, fallback: string) => `d.${attribute}=s.getItem(${JSON.stringify(key)})||${JSON.stringify(fallback)};`;
  return `try{var s=localStorage,d=document.documentElement.dataset;${apply('theme', THEME.key, DEFAULT_THEME)}${apply('textSize', TEXT_SIZE.key, DEFAULT_TEXT_SIZE)}}catch(e){}`;
}

const PLACEHOLDER = '<!-- kiosque: early preferences -->';

/** Puts the script where index.html holds its place, in the head, before any stylesheet applies. */
export function earlyPreferences(): Plugin {
  return {
    name: 'kiosque-early-preferences',
    transformIndexHtml(html) {
      if (!html.includes(PLACEHOLDER)) throw new Error(`index.html has no ${PLACEHOLDER}`);
      return html.replace(PLACEHOLDER, `<script>${earlyPreferencesScript()}</script>`);
    },
  };
}
