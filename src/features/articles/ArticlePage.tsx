import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { otherLang } from '../../i18n/languages.ts';
import { articleUrl } from '../../content-api/paths.ts';
import { siteUrl } from '../../shared/siteUrl.ts';
import type { ArticleView } from '../../content-api/published.ts';
import { articleQuery } from '../../content-api/queries.ts';
import { useLang } from '../../i18n/lang.tsx';
import { usePreference } from '../../shared/preferences.ts';
import { useReadingPositionKeptAcross } from '../reading-place/acrossLayouts.ts';
import { noindex } from '../../shared/head.ts';
import { useHead } from '../../ui/useHead.tsx';
import { ArticleBody, useSideBySideWhenChosen } from './ArticleBody.tsx';
import { ArticleHeader } from './ArticleHeader.tsx';
import * as styles from './ArticlePage.module.css';
import { READING_MODE } from './readingMode.ts';
import { ReadingModeView } from './ReadingModeView.tsx';
import { RelatedStories } from './RelatedStories.tsx';
import { Share } from './Share.tsx';
import { TopicLinks } from './TopicLinks.tsx';
import { useIdlePrefetch } from './useIdlePrefetch.ts';
import { useOtherVersion } from './useOtherVersion.ts';
import { islandPart } from '../../ui/islands/declarePart.ts';
import { Island } from '../../ui/islands/Island.tsx';
import { StoryTools } from '../../ui/storyTools.tsx';

const readingModeControl = islandPart(
  'reading-mode',
  async () => (await import('./readingModes.tsx')).ReadingModeControl,
);

function Article({ article }: { article: ArticleView }) {
  const lang = useLang();
  const url = siteUrl(articleUrl(lang, article.slug));
  const [mode] = usePreference(READING_MODE, 'single');
  const other = useOtherVersion(article);
  useSideBySideWhenChosen(mode === 'sideBySide' && other.available, other);
  const sideBySide = mode === 'sideBySide' && other.version !== undefined;
  const shown = sideBySide ? 'sideBySide' : 'single';
  // The two-language view is a reading aid, not a page of its own: it is never indexed.
  useHead(sideBySide ? noindex(article.head) : article.head);
  useIdlePrefetch(otherLang(lang), article.slugs[otherLang(lang)]);
  useReadingPositionKeptAcross(shown);

  return (
    <article
      className={sideBySide ? styles.parallel : styles.story}
      lang={article.contentLang === lang ? undefined : article.contentLang}
    >
      <ArticleHeader article={article} otherVersion={sideBySide ? other.version : undefined} />
      <div className={styles.tools}>
        {other.available && (
          <Island part={readingModeControl} props={{ shown, article }} face={<ReadingModeView shown={shown} />} />
        )}
        <Share title={article.headline} url={url} />
        <StoryTools article={article} />
      </div>
      <ArticleBody article={article} other={other} sideBySide={sideBySide} />
      <TopicLinks topics={article.topics} />
      <RelatedStories stories={article.related} />
      <p className={styles.printUrl}>{url}</p>
    </article>
  );
}

export function ArticlePage() {
  const lang = useLang();
  const { slug = '' } = useParams();
  const { data } = useSuspenseQuery(articleQuery(lang, slug));
  // The loader redirects other-language slugs before this renders.
  if (data.type === 'redirect') throw new Error(`${slug} redirects to ${data.slug}`);
  return <Article key={data.article.id} article={data.article} />;
}
