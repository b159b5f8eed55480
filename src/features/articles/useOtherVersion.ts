import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { otherLang } from '../../i18n/languages.ts';
import type { ArticleView } from '../../content-api/published.ts';
import { articleQuery, loadQuery } from '../../content-api/queries.ts';
import { ensureStrings } from '../../i18n/loadStrings.ts';

export type OtherVersion = {
  /** Whether the story available in the other language at all. */
  available: boolean;
  /** The other language's version, once it is in the cache. */
  version?: ArticleView;
  /** Fetches the other language's version (usually already prefetched); undefined when it cannot be had (offline). */
  load: () => Promise<ArticleView | undefined>;
};

/** The story in the other language, for side-by-side reading and per-paragraph translations. */
export function useOtherVersion(article: ArticleView): OtherVersion {
  const queryClient = useQueryClient();
  const other = otherLang(article.lang);
  const available = article.contentLang === article.lang && article.available.includes(other);
  const slug = article.slugs[other];
  // Never fetches by itself: it only follows the cache, which `load` and the idle prefetch fill.
  const { data } = useQuery({ ...articleQuery(other, slug), enabled: false });
  const version = available && data?.type === 'article' ? data.article : undefined;
  // The same function while the story is: an effect may depend on it.
  const load = useCallback(async () => {
    if (!available) return undefined;
    // Its interface strings too, so that its "Read also" is not said in this page's language.
    const [resource] = await Promise.all([
      loadQuery(queryClient, articleQuery(other, slug)).catch(() => undefined),
      ensureStrings(other).catch(() => undefined),
    ]);
    return resource?.type === 'article' ? resource.article : undefined;
  }, [available, queryClient, other, slug]);
  return { available, version, load };
}
