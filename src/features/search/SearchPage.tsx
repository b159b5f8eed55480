import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { frontPageUrl, readSearchQuery } from '../../content-api/paths.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { noindex } from '../../shared/head.ts';
import { useHead } from '../../ui/useHead.tsx';
import { Kicker } from '../../ui/Kicker.tsx';
import * as styles from './SearchPage.module.css';
import type { ExcerptPart } from './excerpt.ts';
import { searchQuery, type SearchResult } from './searchQuery.ts';

/** Text runs, the matched ones marked. */
function Marked({ parts }: { parts: ExcerptPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text));
}

function ResultItem({ result }: { result: SearchResult }) {
  const t = useT();
  const lang = useLang();
  const textLang = result.contentLang === lang ? undefined : result.contentLang;
  return (
    <li>
      <article>
        <Kicker>{result.kind}</Kicker>
        <h2 className={styles.headline} lang={textLang}>
          <Link to={result.url}>
            <Marked parts={result.markedHeadline} />
          </Link>
        </h2>
        <p className={styles.excerpt} lang={textLang}>
          <Marked parts={result.excerpt} />
        </p>
        {result.matchedIn !== result.contentLang && (
          <p className={styles.note}>{t('search.foundIn', { context: result.matchedIn })}</p>
        )}
      </article>
    </li>
  );
}

function Results({ query }: { query: string }) {
  const t = useT();
  const lang = useLang();
  const { data } = useSuspenseQuery(searchQuery(lang, query));
  if (data.results.length === 0) {
    return (
      <>
        <p className={styles.status}>{t('search.none', { query })}</p>
        <p>{t('search.noneHint')}</p>
        <p>
          <Link to={frontPageUrl(lang)}>{t('nav.frontPage')}</Link>
        </p>
      </>
    );
  }
  const count = data.results.length;
  return (
    <>
      <p className={styles.status}>{data.more ? t('search.more', { count }) : t('search.count', { count })}</p>
      <ol className={styles.results}>
        {data.results.map((result) => (
          <ResultItem key={result.url} result={result} />
        ))}
      </ol>
    </>
  );
}

export function SearchPage() {
  const t = useT();
  const lang = useLang();
  const { search } = useLocation();
  const query = readSearchQuery(new URLSearchParams(search));
  const title = query ? t('search.resultsFor', { query }) : t('search.title');
  // A results page is the reader's own query: never indexed.
  useHead(noindex({ title: `${title} — ${t('site.name')}`, tags: [] }));
  return (
    <div data-announce>
      <h1 className={styles.title} tabIndex={-1}>
        {title}
      </h1>
      {query ? (
        <Results query={query} />
      ) : (
        <>
          {/* Not a paragraph of the page's message: a navigation announces those (useNavigationFocus),
              and this line is shown only before the app. */}
          <div className={styles.searching}>{t('search.searching')}</div>
          <p className={styles.status}>{t('search.prompt')}</p>
          {/* With JavaScript off, a search from the form only reopens this page: it says why, and leads
              to the news. */}
          <noscript>
            <p className={styles.status}>{t('search.needsScript')}</p>
            <p>
              <a href={frontPageUrl(lang)}>{t('nav.frontPage')}</a>
            </p>
          </noscript>
        </>
      )}
    </div>
  );
}
