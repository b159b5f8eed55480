import type { ManifestPage } from '../edition/manifest.ts';

// How the browser's code is cut into chunks, in one place.
//
// - React (react, react-dom, scheduler): a chunk of its own. It is CommonJS, whose code runs when
//   first required, so the entry (src/main.tsx) requires its three packages in three tasks.
// - The app: what it starts with (src/app/startApp.tsx) and everything that imports statically,
//   the other libraries included. Their modules are ES modules whose evaluation only defines them
//   (about a millisecond each under a 4× slowdown): a chunk each would cut no task shorter, and cost
//   every reader the bindings between chunks (about 570 bytes gzip, measured).
// - Each kind of page's own module, where it has one, which the router loads lazily
//   (src/app/router.tsx): a page requests its kind's chunk with the rest of its first view.
// - Everything else (the parts of a page loaded on intent, src/ui/islands/) is fetched later.

/** Build options the app and the benchmark's floor share, so that their sizes compare alike. */
export const BUILD_TARGET = 'es2022';
/**
 * The bundler inlines short constants where they are used; a CSS Module whose class names it has
 * all inlined would then leave its chunk, and Vite would leave its rules out of the stylesheet (seen
 * with the one- and two-letter names of classNames.ts). So constants stay where they are defined.
 */
export const BUNDLE_OPTIMIZATION = { inlineConst: false };

type LibraryChunk = { name: string; test: RegExp };

export const LIBRARY_CHUNKS: LibraryChunk[] = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
];

/** Rolldown's chunk groups for the libraries; the benchmark's floor is built with the same. */
export const libraryChunkGroups = () => LIBRARY_CHUNKS.map(({ name, test }) => ({ name, test, priority: 2 }));

const APP_CHUNK = { name: 'app', test: /[\\/]src[\\/]app[\\/]startApp\.tsx$/, priority: 1 };

/**
 * The helper every lazy import() goes through (see plainDynamicImports.ts), which both the entry and
 * the app use: in a chunk of its own, or the entry would import it from the app's chunk.
 */
const IMPORT_HELPER_CHUNK = { name: 'import', test: /^\0vite\/preload-helper/, priority: 3 };

/**
 * The text of the front page and of a story (parts loaded after the first view, src/app/router.tsx)
 * in one chunk with what they share: a navigation from one to the other waits for one request.
 */
const PAGES_CHUNK = {
  name: 'pages',
  test: /[\\/]src[\\/]features[\\/](articles[\\/]ArticlePage|front-page[\\/]FrontPage)\.tsx$/,
  priority: 0,
};

export const chunkGroups = () => [IMPORT_HELPER_CHUNK, ...libraryChunkGroups(), APP_CHUNK, PAGES_CHUNK];

/**
 * The chunks the entry (src/main.tsx) may import statically: the bundler's runtime and the import
 * helper. React, the app and every lazy part are import()s it evaluates one task at a time; a static
 * import would evaluate it in the entry's first task. `npm run check:sizes` fails on any other.
 */
export const ENTRY_STATIC_IMPORTS = ['rolldown-runtime', IMPORT_HELPER_CHUNK.name];

export type PageKind = ManifestPage['kind'];

/**
 * The module the router loads lazily for each kind of page that has one (src/app/router.tsx imports
 * the same files); the others come with the app (a chunk of their own would cost the article page
 * more in bindings than it saves). The build fails when one is not a lazy chunk.
 */
export const PAGE_MODULES: Record<PageKind, string | undefined> = {
  'front-page': undefined,
  article: undefined,
  topic: 'src/features/topics/topicRoute.ts',
  search: 'src/features/search/searchRoute.ts',
  'not-found': undefined,
};
