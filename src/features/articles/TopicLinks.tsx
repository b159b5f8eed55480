import { Link } from 'react-router';
import { topicUrl } from '../../content-api/paths.ts';
import type { TopicRef } from '../../content-api/published.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import * as styles from './TopicLinks.module.css';

/** The subjects a story is filed under, each leading to its topic page. */
export function TopicLinks({ topics }: { topics: TopicRef[] }) {
  const t = useT();
  const lang = useLang();
  return (
    <nav className={styles.topics} aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('article.topics')}</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic.id}>
            <Link to={topicUrl(lang, topic.slug)}>{topic.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
