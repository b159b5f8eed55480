import type { TopicRef } from '../../content-api/published.ts';
import { useT } from '../../i18n/lang.tsx';
import { TopicChips } from '../../ui/TopicChips.tsx';
import * as styles from './TopicLinks.module.css';

/** The subjects a story is filed under, each leading to its topic page. */
export function TopicLinks({ topics }: { topics: TopicRef[] }) {
  const t = useT();
  return (
    <nav className={styles.topics} aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('article.topics')}</h2>
      <TopicChips topics={topics} />
    </nav>
  );
}
