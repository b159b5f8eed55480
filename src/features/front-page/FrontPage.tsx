import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { frontPageQuery } from '../../content-api/queries.ts';
import type { StorySummary } from '../../content-api/published.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { StoryLink } from '../../ui/StoryLink.tsx';
import { useHead } from '../../ui/useHead.tsx';
import { readFrontPageParams } from './frontPageParams.ts';
import { Pagination } from './Pagination.tsx';

function StoryTeaser({ story, lead }: { story: StorySummary; lead: boolean }) {
  const t = useT();
  const lang = useLang();
  const contentLang = story.contentLang === lang ? undefined : story.contentLang;
  return (
    <article className={lead ? 'teaser teaser--lead' : 'teaser'}>
      <p className={`kicker kicker--${story.kind}`}>
        {t(`kind.${story.kind}`)}
        {contentLang && <span className="kicker__language"> · {t('article.inLanguage', { context: contentLang })}</span>}
      </p>
      <h2 className="teaser__headline" lang={contentLang}>
        <StoryLink lang={lang} slug={story.slug}>
          {story.headline}
        </StoryLink>
      </h2>
      <p className="teaser__summary" lang={contentLang}>{story.summary}</p>
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
    <div className="front-page">
      <h1 className="front-page__title" tabIndex={-1}>
        {t('front.heading')}
      </h1>
      {lead && <StoryTeaser story={lead} lead />}
      {rest.length > 0 && (
        <div className="front-page__grid">
          {rest.map((story) => <StoryTeaser key={story.id} story={story} lead={false} />)}
        </div>
      )}
      <Pagination page={data.page} pageCount={data.pageCount} />
    </div>
  );
}
