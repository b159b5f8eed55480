import { Link } from 'react-router';
import type { ListingPosition } from '../content-api/published.ts';
import { useT } from '../i18n/lang.tsx';
import * as styles from './Pagination.module.css';

type PaginationProps = { position: ListingPosition; label: string; urlOf: (page: number) => string };

/**
 * Links to the pages of newer and of older stories, and, past the first page, which page this is (pages count from
 * the oldest, so that each keeps its number as the archive grows).
 */
export function Pagination({ position: { page, newer, older }, label, urlOf }: PaginationProps) {
  const t = useT();
  if (newer === undefined && older === undefined) return null;
  return (
    <nav className={styles.pagination} aria-label={label}>
      {newer !== undefined && (
        <Link to={urlOf(newer)} rel="prev">
          {t('front.newer')}
        </Link>
      )}
      {page > 1 && <span className={styles.status}>{t('front.page', { page })}</span>}
      {older !== undefined && (
        <Link to={urlOf(older)} rel="next" className={styles.older}>
          {t('front.older')}
        </Link>
      )}
    </nav>
  );
}
