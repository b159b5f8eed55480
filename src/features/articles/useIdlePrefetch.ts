import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Lang } from '../../i18n/languages.ts';
import { articleQuery } from '../../content-api/queries.ts';
import { whenIdle } from '../../shared/whenIdle.ts';

/** Once the browser is idle, fetches the story in another language so that switching needs no network wait. */
export function useIdlePrefetch(lang: Lang, slug: string) {
  const queryClient = useQueryClient();
  useEffect(() => whenIdle(() => void queryClient.prefetchQuery(articleQuery(lang, slug))), [queryClient, lang, slug]);
}
