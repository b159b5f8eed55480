import type { FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readSearchQuery, searchUrl } from '../../content-api/paths.ts';
import { useLang, useT } from '../../i18n/lang.tsx';
import * as styles from './SearchBox.module.css';
import { loadSearchRoute } from './loadSearchRoute.ts';

/**
 * The masthead's search: a form that, before the app runs, opens the search page like any form;
 * then navigates client-side. On the search page it holds the current query. Intent to search
 * (pointing at it, focusing or touching it) fetches the search page's code, and typing starts the
 * search engine, so that the results wait for neither. On a phone it is a magnifier in the
 * masthead's one row, the box itself, which opens across the row while it has focus (CSS alone:
 * it works before the app arrives, and is one Tab stop).
 */
const wantsToSearch = () => void loadSearchRoute().catch(() => undefined);

export function SearchBox() {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const query = pathname === searchUrl(lang) ? readSearchQuery(new URLSearchParams(search)) : '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const box = event.currentTarget.elements.namedItem('q');
    if (!(box instanceof HTMLInputElement)) return;
    // A query of spaces is none: the box says so too.
    box.value = box.value.trim();
    void navigate(searchUrl(lang, box.value));
  };
  return (
    <form
      role="search"
      aria-label={t('search.label')}
      action={searchUrl(lang)}
      className={styles.search}
      onSubmit={submit}
      onPointerEnter={wantsToSearch}
      onFocus={wantsToSearch}
      onTouchStart={wantsToSearch}
      onInput={() =>
        void loadSearchRoute().then(
          (route) => route.warmUp(lang),
          () => undefined,
        )
      }
    >
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6.5" />
        <path d="M15.5 15.5 21 21" />
      </svg>
      <input
        key={query}
        type="search"
        name="q"
        defaultValue={query}
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        enterKeyHint="search"
      />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
