import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Lang } from '../i18n/languages.ts';
import { articleUrl } from '../content-api/paths.ts';
import { articleQuery } from '../content-api/queries.ts';
import { IntentLink } from './IntentLink.tsx';

type StoryLinkProps = { lang: Lang; slug: string; className?: string; children: ReactNode };

/** A link to a story in `lang` that prefetches the story on hover, focus or touch. */
export function StoryLink({ lang, slug, className, children }: StoryLinkProps) {
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(articleQuery(lang, slug));
  return (
    <IntentLink to={articleUrl(lang, slug)} onIntent={prefetch} className={className}>
      {children}
    </IntentLink>
  );
}
