import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { LANGS, LANGUAGE_NAME, type Lang } from '../../i18n/languages.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { readingPositionState } from '../reading-place/acrossSwitch.ts';
import { opensElsewhere } from '../../shared/opensElsewhere.ts';
import type { PageData } from '../../shared/routing.ts';
import * as styles from './LanguageSwitch.module.css';
import { storeLang } from './languagePreference.ts';

/**
 * A pair of links to the same page in each language; the current one is marked, a language the
 * page has no version in is noted. Following one keeps the reader's place in the text.
 */
export function LanguageSwitch({ page }: { page: PageData }) {
  const current = useLang();
  const t = useT();
  const navigate = useNavigate();

  const follow = (lang: Lang) => (event: MouseEvent<HTMLAnchorElement>) => {
    storeLang(lang);
    if (opensElsewhere(event, event.currentTarget)) return;
    event.preventDefault();
    void navigate(page.urls[lang], { state: readingPositionState() });
  };

  return (
    <nav className={styles.switch} aria-label={t('language.label')}>
      <ul>
        {LANGS.map((lang) => (
          <li key={lang}>
            <Link
              to={page.urls[lang]}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'page' : undefined}
              onClick={follow(lang)}
            >
              <span className="visually-hidden-when-narrow">{LANGUAGE_NAME[lang]}</span>
              {/* On narrow screens the code stands in for the name, which stays the link's accessible name. */}
              <span className={styles.code} aria-hidden="true">
                {lang.toUpperCase()}
              </span>
              {page.available && !page.available.includes(lang) && (
                <span className={`visually-hidden-when-narrow ${styles.note}`} lang={current}>
                  {` (${t('language.notTranslated')})`}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
