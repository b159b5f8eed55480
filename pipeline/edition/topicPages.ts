import type { Sections, StorySummary, TopicPageView, TopicRef } from '../../src/content-api/published.ts';
import { perLang, type Lang } from '../../src/i18n/languages.ts';
import { topicPageHead } from './heads.ts';
import type { SourceArticle } from '../content/load.ts';
import { onFirstPage, paginate } from './paginate.ts';
import type { SlugRedirect } from './slugRedirect.ts';
import type { Topic } from '../content/schema.ts';

// Build time: a listing per topic and language, with the stories filed under it in the edition's
// order (each as the front page shows it), paginated like the front page.

export function topicRef(topic: Topic, lang: Lang): TopicRef {
  return { id: topic.id, slug: topic.slugs[lang], name: topic.names[lang] };
}

/**
 * The topics stories are filed under in `lang`, most stories first (then by name), as the listings' row of topics shows
 * them.
 */
export function sectionsOf(topics: Topic[], stories: { article: SourceArticle }[], lang: Lang): Sections {
  const counts = new Map<string, number>();
  for (const { article } of stories) for (const id of article.meta.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
  return topics
    .filter((topic) => counts.has(topic.id))
    .sort(
      (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.names[lang].localeCompare(b.names[lang], lang),
    )
    .map((topic) => topicRef(topic, lang));
}

type TopicPagesInput = {
  lang: Lang;
  topics: Topic[];
  /** The edition's stories in its order, with each one's summary in `lang`. */
  stories: { article: SourceArticle; summary: StorySummary }[];
  sections: Sections;
  pageSize: number;
  origin: string;
};

/** Every page of every topic in `lang`; a topic no story is filed under has none. */
export function topicPages({ lang, topics, stories, sections, pageSize, origin }: TopicPagesInput): TopicPageView[] {
  return topics.flatMap((topic) => {
    const filed = stories.filter(({ article }) => article.meta.topics.includes(topic.id)).map(({ summary }) => summary);
    if (filed.length === 0) return [];
    const base = { lang, topic: topicRef(topic, lang), slugs: perLang((l) => topic.slugs[l]) };
    return paginate(filed, pageSize, (position, page) => ({
      ...base,
      ...position,
      stories: page,
      sections: onFirstPage(position.page, sections),
      head: topicPageHead({ ...base, ...position }, origin),
    }));
  });
}

/** Another language's slug of a topic, which leads to this language's. */
export function topicRedirects(topics: Topic[], lang: Lang, published: TopicPageView[]): SlugRedirect[] {
  const listed = new Set(published.map((view) => view.topic.id));
  return topics
    .filter((topic) => listed.has(topic.id))
    .flatMap((topic) =>
      [...new Set(Object.values(topic.slugs))]
        .filter((slug) => slug !== topic.slugs[lang])
        .map((from) => ({ lang, from, to: topic.slugs[lang] })),
    );
}
