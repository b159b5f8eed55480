import type { StorySummary } from '../content-api/published.ts';
import { useLang, useT } from '../i18n/lang.tsx';
import { Kicker } from './Kicker.tsx';
import { StoryLink } from './StoryLink.tsx';
import * as styles from './StoryList.module.css';

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
      <p className={styles.summary} lang={contentLang}>
        {story.summary}
      </p>
    </article>
  );
}

/** A listing's stories, each with its kind, headline and summary; the first one set large when `withLead`. */
export function StoryList({ stories, withLead }: { stories: StorySummary[]; withLead: boolean }) {
  const lead = withLead ? stories[0] : undefined;
  const rest = lead ? stories.slice(1) : stories;
  return (
    <>
      {lead && <StoryTeaser story={lead} lead />}
      {rest.length > 0 && (
        <div className={styles.grid}>
          {rest.map((story) => (
            <StoryTeaser key={story.id} story={story} lead={false} />
          ))}
        </div>
      )}
    </>
  );
}
