import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { ContentNotFoundError } from '../../content/fetchContent.ts';
import { LANGS } from '../../content/languages.ts';
import { frontPageUrl } from '../../content/paths.ts';
import { frontPageQuery } from '../../content/queries.ts';
import { notFound, type Alternates, type PageData } from '../../ui/routing.ts';
import { readFrontPageParams } from './frontPageParams.ts';

export function frontPageLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<PageData> => {
    const target = readFrontPageParams(params.lang, new URL(request.url).searchParams);
    if (!target) throw notFound();
    try {
      await queryClient.ensureQueryData(frontPageQuery(target.lang, target.page));
    } catch (error) {
      if (error instanceof ContentNotFoundError) throw notFound();
      throw error;
    }
    const alternates = Object.fromEntries(LANGS.map((lang) => [lang, frontPageUrl(lang, target.page)])) as Alternates;
    return { alternates };
  };
}
