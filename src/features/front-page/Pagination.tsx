import { Link } from 'react-router';
import { frontPageUrl } from '../../content-api/paths.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import * as styles from './Pagination.module.css';

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useT();
  const lang = useLang();
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={t('front.pages')}>
      {page > 1 && (
        <Link to={frontPageUrl(lang, page - 1)} rel="prev">
          {t('front.previous')}
        </Link>
      )}
      <span className={styles.status}>{t('front.pageOf', { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link to={frontPageUrl(lang, page + 1)} rel="next">
          {t('front.next')}
        </Link>
      )}
    </nav>
  );
}
