import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  createPath,
  type DataStrategyFunction,
  type DataStrategyMatch,
  type LoaderFunctionArgs,
  type RouteObject,
  type To,
} from 'react-router';
import { isLang, searchWords } from '../i18n/languages.ts';
import { articleLoader } from '../features/articles/articleLoader.ts';
import { frontPageLoader } from '../features/front-page/frontPageLoader.ts';
import { preferredLang } from '../features/language/languagePreference.ts';
import { redirectToPreferredLang, redirectToPreferredSearch } from '../features/language/rootRedirect.ts';
import { loadSearchRoute } from '../features/search/loadSearchRoute.ts';
import { i18n } from '../i18n/i18n.ts';
import { ensureStrings } from '../i18n/loadStrings.ts';
import { notFound } from '../shared/routing.ts';
import { pageCodeArrived, pagePart, type PagePart } from '../ui/islands/pageParts.tsx';
import { islandsArrived } from '../ui/islands/whenLoaded.ts';
import { carriedBlock } from '../features/reading-place/acrossSwitch.ts';
import type { EditionGate } from './editionGate.ts';
import { NotFoundPage, RootError, RouteError } from './ErrorPages.tsx';
import { LangLayout } from './LangLayout.tsx';
import { whileCodeArrives } from './NavigationProgress.tsx';

/**
 * Every page of a language needs its interface strings; an unknown language is a not-found page in
 * the reader's. Strings that cannot be fetched (offline) never fail the page: what it cannot say in
 * its language it says in one it has, and its failure messages always came with the page.
 */
async function requireLang({ params }: LoaderFunctionArgs) {
  const lang = isLang(params.lang) ? params.lang : preferredLang();
  await ensureStrings(lang).catch(() => undefined);
  // Before the page renders, so that every string it asks for in its language is i18next's own
  // (a string asked for in another language costs each component a translator of its own).
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  if (!isLang(params.lang)) throw notFound();
  return null;
}

// The text of the front page and of a story: parts of their own (see ui/islands/), whose code
// arrives when the reader shows intent or the browser is idle, and which a navigation waits for.
const frontPage = pagePart('front-page', async () => (await import('../features/front-page/FrontPage.tsx')).FrontPage);
const articlePage = pagePart(
  'article-page',
  async () => (await import('../features/articles/ArticlePage.tsx')).ArticlePage,
);

type PageHandle = { page: PagePart };

const pageOf = (route: Pick<RouteObject, 'handle'>) => (route.handle as PageHandle | undefined)?.page;

/** The code of the pages `matches` render, for a first page the app renders afresh instead of hydrating it. */
export function pageCode(matches: { route: Pick<RouteObject, 'handle'> }[]): Promise<unknown> {
  return Promise.all(matches.map(({ route }) => pageOf(route)?.load()));
}

function alwaysNotFound(): never {
  throw notFound();
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    { path: '/', loader: redirectToPreferredLang },
    // A search with no language in its address: each language's word leads to the reader's.
    ...searchWords().map((word) => ({ path: `/${word}`, loader: redirectToPreferredSearch })),
    {
      path: '/:lang',
      loader: requireLang,
      element: <LangLayout />,
      errorElement: <RootError />,
      children: [
        {
          // A pathless boundary inside the layout, so errors keep the masthead and the language switch.
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              loader: frontPageLoader(queryClient),
              element: frontPage.element,
              handle: { page: frontPage } satisfies PageHandle,
            },
            {
              path: 'articles/:slug',
              loader: articleLoader(queryClient),
              element: articlePage.element,
              handle: { page: articlePage } satisfies PageHandle,
            },
            // Loaded when first opened, so that it costs the first view of other pages nothing.
            {
              path: 'topics/:slug',
              lazy: async () => (await import('../features/topics/topicRoute.ts')).topicRoute(queryClient),
            },
            // Each language's word: the loader sends /fr/search, say, on to /fr/recherche.
            ...searchWords().map((path) => ({
              path,
              lazy: async () => (await loadSearchRoute()).searchRoute(queryClient),
            })),
            { path: '*', loader: alwaysNotFound, element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

/**
 * A route's data and, for a page part, its code: a page that cannot have its code fails as when its data cannot be had.
 */
function loadWithCode(match: DataStrategyMatch) {
  const page = pageOf(match.route);
  return match.resolve(async (load) => (await Promise.all([load(), page && pageCodeArrived(page)]))[0]);
}

/**
 * Opens `href` as a new document, the navigation never settling in this one: the live edition
 * runs other code, which a page of this code must not run with (its data, its chunks).
 */
function loadAfresh(href: string): Promise<never> {
  if (href === window.location.href) window.location.reload();
  else window.location.assign(href);
  return new Promise<never>(() => undefined);
}

/**
 * The address a navigation leads to, as a new document would open it: a language switch's place
 * (the paragraph at the reading line, features/reading-place/) becomes its `#p4`, where the page opens.
 */
function addressWithPlace(to: To, state: unknown): string {
  const url = new URL(typeof to === 'string' ? to : createPath(to), window.location.href);
  const block = carriedBlock(state);
  if (block && !url.hash) url.hash = block;
  return url.href;
}

/**
 * Loads what a navigation needs as the router would, once every island has its code (see
 * ui/islands/) and the app knows which edition is live (app/editionGate.ts): a new
 * edition's data is fetched, and a new version of the code is loaded with the page. The first
 * page's loaders run in a task after the router's creation: each is short enough not to hold a tap.
 */
const loadWhenReady =
  (live: EditionGate): DataStrategyFunction =>
  async ({ matches }) => {
    await Promise.all([islandsArrived(), live.confirmed()]);
    // Back, Forward, a retry: the address is already the page's.
    if (live.codeChanged) return loadAfresh(window.location.href);
    const loading = matches.filter((match) => match.shouldCallHandler());
    return Object.fromEntries(
      await Promise.all(loading.map(async (match) => [match.route.id, await loadWithCode(match)] as const)),
    );
  };

/**
 * The browser's router. It starts loading the page at once; render it once `routerReady` resolves.
 * `live` is the edition the app follows: a navigation may wait for it to be checked.
 * A navigation starts once the page on screen has its code: its first update (the page is loading)
 * would otherwise reach the page's server HTML before React could hydrate it, and React would show
 * the page blank until the code came, a page part's face being nothing.
 */
export function createRouter(queryClient: QueryClient, live: EditionGate) {
  const router = createBrowserRouter(createRoutes(queryClient), { dataStrategy: loadWhenReady(live) });
  const navigate = router.navigate.bind(router);
  router.navigate = (async (...args: Parameters<typeof navigate>) => {
    // Every part's code is asked for at once: the navigation waits for it too (loadWhenReady).
    void islandsArrived();
    await whileCodeArrives(Promise.all([pageCode(router.state.matches), live.confirmed()])).catch(() => undefined);
    const [to, options] = args;
    if (live.codeChanged && typeof to !== 'number' && to !== null)
      return loadAfresh(addressWithPlace(to, options?.state));
    return navigate(...args);
  }) as typeof navigate;
  return router;
}

type BrowserRouter = ReturnType<typeof createRouter>;

/** Resolves once the first page's loaders have settled (redirects followed), so that nothing renders blank. */
export function routerReady(router: BrowserRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}
