import type { QueryClient } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs } from 'react-router';
import { ContentNotFoundError } from '../../content/fetchContent';
import { isLang, LANGS, type Lang } from '../../content/languages';
import { articleUrl, isWellFormedSlug } from '../../content/paths';
import type { ArticleResource } from '../../content/published';
import { articleQuery } from '../../content/queries';
import { notFound, type Alternates, type PageData } from '../../ui/routing';

async function loadArticle(queryClient: QueryClient, lang: Lang, slug: string): Promise<ArticleResource> {
  try {
    return await queryClient.ensureQueryData(articleQuery(lang, slug));
  } catch (error) {
    if (error instanceof ContentNotFoundError) throw notFound();
    throw error;
  }
}

/** Starts the article's fetch before render; another language's slug redirects (replace) to this language's. */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs): Promise<PageData> => {
    const { lang, slug } = params;
    if (!isLang(lang) || !slug || !isWellFormedSlug(slug)) throw notFound();
    const resource = await loadArticle(queryClient, lang, slug);
    if (resource.type === 'redirect') throw replace(articleUrl(lang, resource.slug));
    const { alternates } = resource.article;
    return { alternates: Object.fromEntries(LANGS.map((l) => [l, articleUrl(l, alternates[l])])) as Alternates };
  };
}
