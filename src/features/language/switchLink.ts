/**
 * The language switch's links, as the page's early script finds them (src/early/earlyScript.ts):
 * the masthead's links to the page in another language (LanguageSwitch.tsx gives each its `hreflang`).
 */
export const SWITCH_LINK_SELECTOR = 'header a[hreflang]';
