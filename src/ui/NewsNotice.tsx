import { useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/lang.tsx';
import * as styles from './NewsNotice.module.css';

type NewsNoticeProps = {
  /** Whether a newer edition of the listing on screen is held back, and how many new stories it has. */
  news: { newStories: number } | undefined;
};

/**
 * Says, politely and without moving anything, that the listing on screen has a newer edition (new
 * stories, or stories reordered or retitled); a tap or Enter shows it, by opening this page again in
 * place of itself: the app's navigation then focuses and announces the page, and loads a new
 * version of the code if the edition has one. The live region is always there, so that its news is
 * announced when it comes.
 */
export function NewsNotice({ news }: NewsNoticeProps) {
  const t = useT();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  return (
    <div role="status" className={styles.region}>
      {news && (
        <button
          type="button"
          className={styles.notice}
          onClick={() => void navigate(pathname + search, { replace: true })}
        >
          {news.newStories > 0 ? t('news.newStories', { count: news.newStories }) : t('news.changed')}
          <span className={styles.show}>{t('news.show')}</span>
        </button>
      )}
    </div>
  );
}
