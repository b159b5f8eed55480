import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { frontPageQuery } from '../../content-api/queries.ts';
import type { StorySummary } from '../../content-api/published.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { Kicker } from '../../ui/Kicker.tsx';
import { StoryLink } from '../../ui/StoryLink.tsx';
import { useHead } from '../../ui/useHead.tsx';
import { readFrontPageParams } from './frontPageParams.ts';
import * as styles from './FrontPage.module.css';
import { Pagination } from './Pagination.tsx';

function StoryTeaser({ story, lead }: { story: StorySummary; lead: boolean }) {
  const t = useT();
  const lang = useLang();
  const contentLang = story.contentLang === lang ? undefined : story.contentLang;
  return (
    <article className={lead ? styles.lead : undefined}>
      <Kicker kind={story.kind}>
        {t(`kind.${story.kind}`)}
        {contentLang && <span className={styles.language}> · {t('article.inLanguage', { context: contentLang })}</span>}
      </Kicker>
      <h2 className={styles.headline} lang={contentLang}>
        <StoryLink lang={lang} slug={story.slug}>
          {story.headline}
        </StoryLink>
      </h2>
      <p className={styles.summary} lang={contentLang}>{story.summary}</p>
    </article>
  );
}

export function FrontPage() {
  const t = useT();
  const lang = useLang();
  const params = useParams();
  const { search } = useLocation();
  const page = readFrontPageParams(params.lang, new URLSearchParams(search))?.page ?? 1;
  const { data } = useSuspenseQuery(frontPageQuery(lang, page));
  const lead = page === 1 ? data.stories[0] : undefined;
  const rest = lead ? data.stories.slice(1) : data.stories;
  useHead(data.head);

  return (
    <div>
      <h1 className={styles.title} tabIndex={-1}>
        {t('front.heading')}
      </h1>
      {lead && <StoryTeaser story={lead} lead />}
      {rest.length > 0 && (
        <div className={styles.grid}>
          {rest.map((story) => <StoryTeaser key={story.id} story={story} lead={false} />)}
        </div>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} />
    </div>
  );
}
