import { useEffect, useLayoutEffect, type ReactNode } from 'react';
import { Outlet, useLocation, useMatches, useParams } from 'react-router';
import { isLang, otherLang, type Lang } from '../i18n/languages.ts';
import { preferredLang } from '../features/language/languagePreference.ts';
import { i18n } from '../i18n/i18n.ts';
import { LangProvider } from '../i18n/lang.tsx';
import { ensureStrings } from '../i18n/loadStrings.ts';
import { whenIdle } from '../shared/whenIdle.ts';
import { findPageData } from '../shared/routing.ts';
import { Shell } from './Shell.tsx';
import { markAppReady } from '../shared/documentState.ts';
import { Listen } from '../features/listen/Listen.tsx';
import { StoryToolsProvider } from '../ui/storyTools.tsx';

/** The story tools of features of their own, which story pages show among theirs. */
const STORY_TOOLS = [Listen];

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
    // Whatever page the static HTML held, the app now shows the URL's (see src/early/pendingPage.ts),
    // and holds it: every control works from here on (tests and bench wait for this mark, see
    // scripts/appTakesOver.ts; hydration runs in slices, so React holding the root is not enough).
    markAppReady();
    document.documentElement.lang = lang;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [lang]);
  // The other language's strings, fetched when idle, so that the language switch waits for nothing.
  useEffect(() => whenIdle(() => void ensureStrings(otherLang(lang)).catch(() => undefined)), [lang]);
  return (
    <LangProvider lang={lang}>
      <StoryToolsProvider tools={STORY_TOOLS}>
        <Shell page={findPageData(matches, pathname, search)}>{children}</Shell>
      </StoryToolsProvider>
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
