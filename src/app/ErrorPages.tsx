import { useEffect, type ReactNode } from 'react';
import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { frontPageUrl } from '../content-api/paths.ts';
import { useLang, useT } from '../i18n/lang.tsx';
import { noindex } from '../shared/head.ts';
import { useHead } from '../ui/useHead.tsx';
import * as button from '../ui/button.module.css';
import * as styles from './ErrorPages.module.css';
import { PageFrame } from './LangLayout.tsx';

type StatusPageProps = { title: string; children: ReactNode };

/**
 * A page that is a message: the live region reads its headline and text after a navigation (see useNavigationFocus).
 */
function StatusPage({ title, children }: StatusPageProps) {
  const t = useT();
  // Error and not-found pages are never indexed.
  useHead(noindex({ title: `${title} — ${t('site.name')}`, tags: [] }));
  return (
    <div className={styles.statusPage} data-announce>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}

export function NotFoundPage() {
  const t = useT();
  const lang = useLang();
  return (
    <StatusPage title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={frontPageUrl(lang)} className={button.button}>
          {t('notFound.home')}
        </Link>
      </p>
    </StatusPage>
  );
}

function RetryButton() {
  const t = useT();
  const revalidator = useRevalidator();
  return (
    <button
      type="button"
      className={button.button}
      onClick={() => void revalidator.revalidate()}
      disabled={revalidator.state === 'loading'}
    >
      {t('error.retry')}
    </button>
  );
}

function LoadFailedPage() {
  const t = useT();
  return (
    <StatusPage title={t('error.title')}>
      <p>{t('error.body')}</p>
      <p>
        <RetryButton />
      </p>
    </StatusPage>
  );
}

/** Loads the page again as soon as the browser is back online. */
function useRetryWhenOnline() {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    const retry = () => void revalidate();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [revalidate]);
}

/**
 * A page that could not be fetched because the browser is offline: said politely, and opened when the network returns.
 */
function OfflinePage() {
  const t = useT();
  useRetryWhenOnline();
  return (
    <StatusPage title={t('offline.title')}>
      <p>{t('offline.body')}</p>
      <p>{t('offline.saved')}</p>
      <p>
        <RetryButton />
      </p>
    </StatusPage>
  );
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * What a route shows when its loader or render fails: not-found for 404s, offline when there is no network, else an
 * error with a retry.
 */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isOffline()) return <OfflinePage />;
  if (import.meta.env.DEV) console.error(error);
  return <LoadFailedPage />;
}

/** The boundary above the language layout: the frame is drawn here in the URL's language or the preferred one. */
export function RootError() {
  return (
    <PageFrame>
      <RouteError />
    </PageFrame>
  );
}
