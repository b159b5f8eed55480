import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, type Lang } from './languages.ts';

const LangContext = createContext<Lang>(DEFAULT_LANG);

/** The language of the page being shown; it comes from the URL, never from global state. */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext value={lang}>{children}</LangContext>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Interface strings in the page's language, so a switch re-renders strings and content in one commit. */
export function useT() {
  return useTranslation('translation', { lng: useLang() }).t;
}
