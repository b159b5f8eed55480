import type { StoryRef } from '../../content-api/published.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { StoryLink } from '../../ui/StoryLink.tsx';
import { Kicker } from '../../ui/Kicker.tsx';
import * as styles from './RelatedStories.module.css';

export function RelatedStories({ stories }: { stories: StoryRef[] }) {
  const t = useT();
  const lang = useLang();
  if (stories.length === 0) return null;
  return (
    <section className={styles.related} aria-labelledby="related-heading">
      <h2 id="related-heading">{t('article.related')}</h2>
      <ul>
        {stories.map((story) => (
          <li key={story.id}>
            <Kicker kind={story.kind}>{t(`kind.${story.kind}`)}</Kicker>
            <StoryLink lang={lang} slug={story.slug} className={styles.link}>
              <span lang={story.contentLang === lang ? undefined : story.contentLang}>{story.headline}</span>
            </StoryLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
