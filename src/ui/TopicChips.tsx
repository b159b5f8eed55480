import { Link } from 'react-router';
import { topicUrl } from '../content-api/paths.ts';
import type { TopicRef } from '../content-api/published.ts';
import { useLang } from '../i18n/lang.tsx';
import * as styles from './TopicChips.module.css';

/** Topics as a list of chips, each leading to its topic page; `current`, the page on screen, is marked. */
export function TopicChips({
  topics,
  current,
  className,
}: {
  topics: TopicRef[];
  current?: string;
  className?: string;
}) {
  const lang = useLang();
  return (
    <ul className={className ? `${styles.chips} ${className}` : styles.chips}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link to={topicUrl(lang, topic.slug)} aria-current={topic.id === current ? 'page' : undefined}>
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
