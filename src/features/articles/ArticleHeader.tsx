import { Link } from 'react-router';
import { articleUrl } from '../../content-api/paths.ts';
import type { ArticleView } from '../../content-api/published.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { ReadingBlock } from '../reading-place/ReadingBlock.tsx';
import { Kicker } from '../../ui/Kicker.tsx';
import * as styles from './ArticleHeader.module.css';
import * as parallel from './parallel.module.css';

function Byline({ article }: { article: ArticleView }) {
  const t = useT();
  const lang = useLang();
  const date = article.published
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${article.published}T00:00:00Z`),
      )
    : undefined;
  return (
    <p className={styles.byline}>
      {article.dateline && (
        <span className={styles.dateline} lang={article.contentLang}>
          {article.dateline}
        </span>
      )}
      {date && <time dateTime={article.published}>{date}</time>}
      <span>{t('article.source', { credit: article.credit })}</span>
      <span>{t('article.readingTime', { count: article.readingMinutes })}</span>
    </p>
  );
}

/** Where the text comes from: a translation names its original, a fallback says it is the only version. */
function Provenance({ article }: { article: ArticleView }) {
  const t = useT();
  const lang = useLang();
  const original = article.originalLanguage;
  if (article.contentLang !== lang)
    return <p className={styles.note}>{t('article.onlyIn', { context: article.contentLang })}</p>;
  if (article.contentLang === original) return null;
  return (
    <p className={styles.note}>
      {t('article.translatedFrom', { context: original })} —{' '}
      <Link to={articleUrl(original, article.slugs[original])} hrefLang={original}>
        {t('article.readOriginal')}
      </Link>
    </p>
  );
}

export function ArticleHeader({ article, otherVersion }: { article: ArticleView; otherVersion?: ArticleView }) {
  const t = useT();
  return (
    <header className={otherVersion ? `${styles.header} ${styles.parallel}` : styles.header}>
      <Kicker kind={article.kind}>{t(`kind.${article.kind}`)}</Kicker>
      <ReadingBlock
        className={otherVersion ? `${parallel.headlineRow} ${styles.headlineRow}` : undefined}
        id="headline"
      >
        <h1 className={styles.headline} tabIndex={-1} lang={article.contentLang}>
          {article.headline}
        </h1>
        {otherVersion && (
          <p className={styles.headline} lang={otherVersion.contentLang}>
            {otherVersion.headline}
          </p>
        )}
      </ReadingBlock>
      {article.standfirst && (
        <p className={styles.standfirst} lang={article.contentLang} data-standfirst="">
          {article.standfirst}
        </p>
      )}
      <Byline article={article} />
      <Provenance article={article} />
      {article.kind === 'explainer' && <p className={styles.note}>{t('article.backgroundNote')}</p>}
    </header>
  );
}
