import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type HydrationState, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isLang } from '../content/languages.ts';
import { ArticlePage } from '../features/articles/ArticlePage.tsx';
import { articleLoader } from '../features/articles/articleLoader.ts';
import { FrontPage } from '../features/front-page/FrontPage.tsx';
import { frontPageLoader } from '../features/front-page/frontPageLoader.ts';
import { redirectToPreferredLang } from '../features/language/rootRedirect.ts';
import { notFound } from '../ui/routing.ts';
import { RootError, RouteError } from './ErrorPages.tsx';
import { LangLayout } from './LangLayout.tsx';

function requireLang({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw notFound();
  return null;
}

function alwaysNotFound(): never {
  throw notFound();
}

/** Until the first page's loaders finish, the page stays blank rather than showing a spinner. */
function BlankUntilLoaded() {
  return null;
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    { path: '/', loader: redirectToPreferredLang, HydrateFallback: BlankUntilLoaded },
    {
      path: '/:lang',
      loader: requireLang,
      element: <LangLayout />,
      errorElement: <RootError />,
      HydrateFallback: BlankUntilLoaded,
      children: [
        {
          // A pathless boundary inside the layout, so errors keep the masthead and the language switch.
          errorElement: <RouteError />,
          children: [
            { index: true, loader: frontPageLoader(queryClient), element: <FrontPage /> },
            { path: 'articles/:slug', loader: articleLoader(queryClient), element: <ArticlePage /> },
            { path: '*', loader: alwaysNotFound },
          ],
        },
      ],
    },
  ];
}

/** The browser's router; `hydrationData` is what the build's prerendered page was rendered with. */
export function createRouter(queryClient: QueryClient, hydrationData?: HydrationState) {
  return createBrowserRouter(createRoutes(queryClient), { hydrationData });
}
