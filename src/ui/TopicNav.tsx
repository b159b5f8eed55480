import type { Sections } from '../content-api/published.ts';
import { useT } from '../i18n/lang.tsx';
import { TopicChips } from './TopicChips.tsx';
import * as styles from './TopicNav.module.css';

/**
 * The topics stories are filed under, most stories first: a row of links at the top of the front
 * page and of each topic page (the one on screen marked), so that a reader finds the subjects
 * without opening a story first. It wraps on wide screens; on a phone it is one row that scrolls
 * sideways, so that the stories stay near the top however many topics there are.
 */
export function TopicNav({ sections, current }: { sections: Sections; current?: string }) {
  const t = useT();
  if (sections.length === 0) return null;
  return (
    <nav className={styles.topics} aria-label={t('front.topics')}>
      <TopicChips topics={sections} current={current} className={styles.row} />
    </nav>
  );
}
