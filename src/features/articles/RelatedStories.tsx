import type { StoryRef } from '../../content-api/published.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { StoryLink } from '../../ui/StoryLink.tsx';

export function RelatedStories({ stories }: { stories: StoryRef[] }) {
  const t = useT();
  const lang = useLang();
  if (stories.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('article.related')}</h2>
      <ul>
        {stories.map((story) => (
          <li key={story.id}>
            <p className={`kicker kicker--${story.kind}`}>{t(`kind.${story.kind}`)}</p>
            <StoryLink lang={lang} slug={story.slug} className="related__link">
              <span lang={story.contentLang === lang ? undefined : story.contentLang}>{story.headline}</span>
            </StoryLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
