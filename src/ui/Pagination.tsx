import { Link } from 'react-router';
import { useT } from '../i18n/lang.tsx';
import * as styles from './Pagination.module.css';

type PaginationProps = { page: number; pageCount: number; label: string; urlOf: (page: number) => string };

/** Previous and next links between the pages of a listing, and where this page sits. */
export function Pagination({ page, pageCount, label, urlOf }: PaginationProps) {
  const t = useT();
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      {page > 1 && (
        <Link to={urlOf(page - 1)} rel="prev">
          {t('front.previous')}
        </Link>
      )}
      <span className={styles.status}>{t('front.pageOf', { page, count: pageCount })}</span>
      {page < pageCount && (
        <Link to={urlOf(page + 1)} rel="next">
          {t('front.next')}
        </Link>
      )}
    </nav>
  );
}
