import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { topicUrl } from '../../content-api/paths.ts';
import { topicQuery } from '../../content-api/queries.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { NewsNotice } from '../../ui/NewsNotice.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { StoryList } from '../../ui/StoryList.tsx';
import { TopicNav } from '../../ui/TopicNav.tsx';
import { countNewStories, useHeldWhileOnScreen } from '../../ui/useHeldWhileOnScreen.ts';
import { useHead } from '../../ui/useHead.tsx';
import { readTopicParams } from './topicLoader.ts';
import { Kicker } from '../../ui/Kicker.tsx';
import * as styles from './TopicPage.module.css';

export function TopicPage() {
  const t = useT();
  const lang = useLang();
  const { search } = useLocation();
  const { slug = '', page = 1 } = readTopicParams(useParams(), new URLSearchParams(search)) ?? {};
  const { data: latest } = useSuspenseQuery(topicQuery(lang, slug, page));
  // As a front page, a topic page on screen keeps its order until the reader asks for a newer one.
  const { shown: data, newer } = useHeldWhileOnScreen(latest);
  // The loader redirects other-language slugs before this renders.
  if (data.type === 'redirect') throw new Error(`${slug} redirects to ${data.slug}`);
  const { view } = data;
  const newerView = newer?.type === 'topic' ? newer.view : undefined;
  useHead(view.head);

  return (
    <div>
      <Kicker>{t('topic.kicker')}</Kicker>
      <h1 className={styles.title} tabIndex={-1}>
        {view.topic.name}
      </h1>
      <TopicNav sections={view.sections} current={view.topic.id} />
      <NewsNotice news={newerView && { newStories: countNewStories(view.stories, newerView.stories) }} />
      <StoryList stories={view.stories} withLead={false} />
      <Pagination
        position={view}
        label={t('topic.pages', { topic: view.topic.name })}
        urlOf={(n) => topicUrl(lang, view.topic.slug, n)}
      />
    </div>
  );
}
