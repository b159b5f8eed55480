import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { perLang } from '../../i18n/languages.ts';
import { frontPageUrl } from '../../content-api/paths.ts';
import { frontPageQuery, loadQuery } from '../../content-api/queries.ts';
import { notFound, orNotFound, type PageData } from '../../shared/routing.ts';
import { readFrontPageParams } from './frontPageParams.ts';

export function frontPageLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<PageData> => {
    const target = readFrontPageParams(params.lang, new URL(request.url).searchParams);
    if (!target) throw notFound();
    await orNotFound(loadQuery(queryClient, frontPageQuery(target.lang, target.page)));
    return { urls: perLang((lang) => frontPageUrl(lang, target.page)) };
  };
}
