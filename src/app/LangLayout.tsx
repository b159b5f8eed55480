import { useLayoutEffect, type ReactNode } from 'react';
import { Outlet, useLocation, useMatches, useParams } from 'react-router';
import { isLang, type Lang } from '../content/languages';
import { preferredLang } from '../features/language/preference';
import { i18n } from '../i18n/i18n';
import { LangProvider } from '../i18n/lang';
import { findAlternates } from '../ui/routing';
import { Shell } from './Shell';

/** The page's language: the URL's, or the reader's preferred one when the URL names none Kiosque speaks. */
function usePageLang(): Lang {
  const { lang } = useParams();
  return isLang(lang) ? lang : preferredLang();
}

/** Makes the URL's language the page's: `<html lang>`, i18next and every string below follow it. */
export function PageFrame({ children }: { children: ReactNode }) {
  const lang = usePageLang();
  const { pathname, search } = useLocation();
  const matches = useMatches();
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [lang]);
  return (
    <LangProvider lang={lang}>
      <Shell alternates={findAlternates(matches, pathname, search)}>{children}</Shell>
    </LangProvider>
  );
}

export function LangLayout() {
  return (
    <PageFrame>
      <Outlet />
    </PageFrame>
  );
}
