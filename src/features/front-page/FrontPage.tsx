import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { frontPageUrl } from '../../content-api/paths.ts';
import { frontPageQuery } from '../../content-api/queries.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { NewsNotice } from '../../ui/NewsNotice.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { StoryList } from '../../ui/StoryList.tsx';
import { TopicNav } from '../../ui/TopicNav.tsx';
import { countNewStories, useHeldWhileOnScreen } from '../../ui/useHeldWhileOnScreen.ts';
import { useHead } from '../../ui/useHead.tsx';
import { readFrontPageParams } from './frontPageParams.ts';
import * as styles from './FrontPage.module.css';

export function FrontPage() {
  const t = useT();
  const lang = useLang();
  const params = useParams();
  const { search } = useLocation();
  const page = readFrontPageParams(params.lang, new URLSearchParams(search))?.page ?? 1;
  const { data: latest } = useSuspenseQuery(frontPageQuery(lang, page));
  // A front page never reorders itself under the reader's eyes: a newer edition waits for a tap.
  const { shown: data, newer } = useHeldWhileOnScreen(latest);
  useHead(data.head);

  return (
    <div>
      <h1 className={styles.title} tabIndex={-1}>
        {t('front.heading')}
      </h1>
      <TopicNav sections={data.sections} />
      <NewsNotice news={newer && { newStories: countNewStories(data.stories, newer.stories) }} />
      <StoryList stories={data.stories} withLead={page === 1} />
      <Pagination position={data} label={t('front.pages')} urlOf={(n) => frontPageUrl(lang, n)} />
    </div>
  );
}
