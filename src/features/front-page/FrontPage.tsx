import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { frontPageUrl } from '../../content-api/paths.ts';
import { frontPageQuery } from '../../content-api/queries.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { StoryList } from '../../ui/StoryList.tsx';
import { useHead } from '../../ui/useHead.tsx';
import { readFrontPageParams } from './frontPageParams.ts';
import * as styles from './FrontPage.module.css';

export function FrontPage() {
  const t = useT();
  const lang = useLang();
  const params = useParams();
  const { search } = useLocation();
  const page = readFrontPageParams(params.lang, new URLSearchParams(search))?.page ?? 1;
  const { data } = useSuspenseQuery(frontPageQuery(lang, page));
  useHead(data.head);

  return (
    <div>
      <h1 className={styles.title} tabIndex={-1}>
        {t('front.heading')}
      </h1>
      <StoryList stories={data.stories} withLead={page === 1} />
      <Pagination page={data.page} pageCount={data.pageCount} label={t('front.pages')} urlOf={(n) => frontPageUrl(lang, n)} />
    </div>
  );
}
