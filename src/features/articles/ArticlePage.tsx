import { useSuspenseQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { otherLang } from '../../content/languages';
import { articleUrl } from '../../content/paths';
import type { ArticleView } from '../../content/published';
import { articleQuery } from '../../content/queries';
import { useLang, useT } from '../../i18n/lang';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ArticleBlock } from './ArticleBlock';
import { RelatedStories } from './RelatedStories';
import { useIdlePrefetch } from './useIdlePrefetch';

function Byline({ article }: { article: ArticleView }) {
  const t = useT();
  const lang = useLang();
  const date = article.published
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${article.published}T00:00:00Z`))
    : undefined;
  return (
    <p className="story__byline">
      {article.dateline && <span className="story__dateline">{article.dateline}</span>}
      {date && <time dateTime={article.published}>{date}</time>}
      <span>{t('article.source', { credit: article.credit })}</span>
    </p>
  );
}

function Article({ article }: { article: ArticleView }) {
  const t = useT();
  const lang = useLang();
  const isTranslation = article.contentLang !== article.originalLanguage;
  useDocumentTitle(`${article.headline} — ${t('site.name')}`);
  useIdlePrefetch(otherLang(lang), article.alternates[otherLang(lang)]);

  return (
    <article className="story" lang={article.contentLang === lang ? undefined : article.contentLang}>
      <header className="story__header">
        <p className={`kicker kicker--${article.kind}`}>{t(`kind.${article.kind}`)}</p>
        <h1 className="story__headline" tabIndex={-1}>
          {article.headline}
        </h1>
        {article.standfirst && <p className="story__standfirst">{article.standfirst}</p>}
        <Byline article={article} />
        {isTranslation && <p className="story__note">{t(`article.translatedFrom_${article.originalLanguage}`)}</p>}
        {article.kind === 'explainer' && <p className="story__note">{t('article.backgroundNote')}</p>}
      </header>
      <div className="story__body">
        {article.blocks.map((block) => (
          <ArticleBlock key={block.id} block={block} />
        ))}
      </div>
      <RelatedStories stories={article.related} />
    </article>
  );
}

export function ArticlePage() {
  const lang = useLang();
  const { slug = '' } = useParams();
  const { data } = useSuspenseQuery(articleQuery(lang, slug));
  // The loader already redirected other-language slugs; this only guards a cache filled elsewhere.
  if (data.type === 'redirect') return <Navigate to={articleUrl(lang, data.slug)} replace />;
  return <Article key={data.article.id} article={data.article} />;
}
