import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { frontPageUrl } from '../../content-api/paths.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import { noindex } from '../../shared/head.ts';
import { useHead } from '../../ui/useHead.tsx';
import { readQuery } from './searchLoader.ts';
import * as styles from './SearchPage.module.css';
import { searchQuery, type SearchResult } from './searchQuery.ts';

function ResultItem({ result }: { result: SearchResult }) {
  const t = useT();
  const lang = useLang();
  const textLang = result.contentLang === lang ? undefined : result.contentLang;
  return (
    <li>
      <article>
        <p className={styles.kind}>{result.kind}</p>
        <h2 className={styles.headline} lang={textLang}>
          <Link to={result.url}>{result.headline}</Link>
        </h2>
        <p className={styles.excerpt} lang={textLang}>
          {result.excerpt.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
        </p>
        {result.matchedIn !== result.contentLang && <p className={styles.note}>{t('search.foundIn', { context: result.matchedIn })}</p>}
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
  const { search } = useLocation();
  const query = readQuery(new URLSearchParams(search));
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
          {/* Not a paragraph of the page's message: a navigation announces those (useNavigationFocus), and this line is shown only before the app. */}
          <div className={styles.searching}>{t('search.searching')}</div>
          <p className={styles.status}>{t('search.prompt')}</p>
        </>
      )}
    </div>
  );
}
