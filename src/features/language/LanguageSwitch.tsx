import { Link } from 'react-router';
import { LANGS } from '../../content/languages';
import { useLang, useT } from '../../i18n/lang';
import type { Alternates } from '../../ui/routing';
import { storeLang } from './preference';

/** A pair of links to the same page in each language; the current one is marked. */
export function LanguageSwitch({ alternates }: { alternates: Alternates }) {
  const current = useLang();
  const t = useT();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul>
        {LANGS.map((lang) => (
          <li key={lang}>
            <Link
              to={alternates[lang]}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'page' : undefined}
              onClick={() => storeLang(lang)}
            >
              {t(`language.${lang}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
