import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { frontPageUrl } from '../content/paths.ts';
import { useLang, useT } from '../i18n/lang.tsx';
import type { Head } from '../ui/head.ts';
import { useHead } from '../ui/useHead.tsx';
import { PageFrame } from './LangLayout.tsx';

/** Error and not-found pages are never indexed. */
const statusHead = (title: string): Head => ({ title, tags: [{ tag: 'meta', attributes: { name: 'robots', content: 'noindex' } }] });

export function NotFoundPage() {
  const t = useT();
  const lang = useLang();
  useHead(statusHead(`${t('notFound.title')} — ${t('site.name')}`));
  return (
    <div className="status-page">
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={frontPageUrl(lang)} className="button">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}

function LoadFailedPage() {
  const t = useT();
  const revalidator = useRevalidator();
  useHead(statusHead(`${t('error.title')} — ${t('site.name')}`));
  return (
    <div className="status-page" role="alert">
      <h1 tabIndex={-1}>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        <button type="button" className="button" onClick={() => void revalidator.revalidate()} disabled={revalidator.state === 'loading'}>
          {t('error.retry')}
        </button>
      </p>
    </div>
  );
}

/** What a route shows when its loader or render fails: not-found for 404s, else an error with a retry. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
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
