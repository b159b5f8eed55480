import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Lang } from '../../content/languages.ts';
import { articleQuery } from '../../content/queries.ts';

/** Once the browser is idle, fetches the story in another language so that switching needs no network wait. */
export function useIdlePrefetch(lang: Lang, slug: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const prefetch = () => void queryClient.prefetchQuery(articleQuery(lang, slug));
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(prefetch, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(prefetch, 500);
    return () => window.clearTimeout(handle);
  }, [queryClient, lang, slug]);
}
