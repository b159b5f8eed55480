import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { topicUrl } from '../../content-api/paths.ts';
import { topicQuery } from '../../content-api/queries.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { StoryList } from '../../ui/StoryList.tsx';
import { useHead } from '../../ui/useHead.tsx';
import { readTopicParams } from './topicLoader.ts';
import * as styles from './TopicPage.module.css';

export function TopicPage() {
  const t = useT();
  const lang = useLang();
  const { search } = useLocation();
  const { slug = '', page = 1 } = readTopicParams(useParams(), new URLSearchParams(search)) ?? {};
  const { data } = useSuspenseQuery(topicQuery(lang, slug, page));
  // The loader redirects other-language slugs before this renders.
  if (data.type === 'redirect') throw new Error(`${slug} redirects to ${data.slug}`);
  const { view } = data;
  useHead(view.head);

  return (
    <div>
      <p className={styles.kicker}>{t('topic.kicker')}</p>
      <h1 className={styles.title} tabIndex={-1}>
        {view.topic.name}
      </h1>
      <StoryList stories={view.stories} withLead={false} />
      <Pagination
        page={view.page}
        pageCount={view.pageCount}
        label={t('topic.pages', { topic: view.topic.name })}
        urlOf={(n) => topicUrl(lang, view.topic.slug, n)}
      />
    </div>
  );
}
