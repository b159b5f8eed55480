import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { frontPageUrl } from '../content-api/paths.ts';
import { DisplaySettings } from '../features/display/DisplaySettings.tsx';
import { LanguageSwitch } from '../features/language/LanguageSwitch.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { useLang, useT } from '../i18n/lang.tsx';
import type { PageData } from '../shared/routing.ts';
import { SkipLink } from '../ui/SkipLink.tsx';
import { NavigationProgress, useSlowNavigation } from './NavigationProgress.tsx';
import { PageScroll } from './PageScroll.tsx';
import * as styles from './Shell.module.css';
import { useNavigationFocus } from './useNavigationFocus.ts';

/** The frame of every page: skip link, masthead with the language switch, main content, footer. */
export function Shell({ page, children }: { page: PageData; children: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const announcement = useNavigationFocus((title) => t('announce.navigated', { title }));
  const loading = useSlowNavigation();
  return (
    <>
      <SkipLink target="content">{t('nav.skipToContent')}</SkipLink>
      <header className={styles.masthead}>
        <div className={styles.inner}>
          <Link to={frontPageUrl(lang)} className={styles.name} aria-label={t('nav.home')}>
            {t('site.name')}
          </Link>
          <p className={styles.tagline}>{t('site.tagline')}</p>
          <LanguageSwitch page={page} />
          <DisplaySettings />
          <SearchBox />
        </div>
        {loading && <NavigationProgress label={t('nav.loading')} />}
      </header>
      <main id="content" tabIndex={-1} aria-busy={loading || undefined}>
        {children}
      </main>
      <footer className={styles.footer}>
        <p>
          <Link to={frontPageUrl(lang)}>{t('nav.frontPage')}</Link>
        </p>
      </footer>
      <p className={`visually-hidden ${styles.announcement}`} aria-live="polite">
        {announcement}
      </p>
      <PageScroll />
    </>
  );
}
