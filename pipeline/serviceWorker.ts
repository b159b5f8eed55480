import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { LANGS } from '../src/i18n/languages.ts';

// The offline edition, generated with Workbox after the pages are prerendered. It precaches the
// app shell and, in both languages, the stories of each front page's first page: their JSON and
// their prerendered HTML. Anything else under /content/ is cached as it is read (network first).
//
// Updates: every precached file is listed with a hash of its content, so one service worker always
// serves one consistent build. A new deploy's worker installs in the background and takes over
// only once every Kiosque tab is closed (no skipWaiting), so a page never mixes two builds.

type FrontPage = { stories: { slug: string }[] };

/** The URLs of the current edition's stories, as the files that hold them. */
function editionFiles(outDir: string): string[] {
  return LANGS.flatMap((lang) => {
    const front = JSON.parse(readFileSync(join(outDir, `content/${lang}/front/1.json`), 'utf8')) as FrontPage;
    return [
      `content/${lang}/front/1.json`,
      `${lang}/index.html`,
      ...front.stories.flatMap(({ slug }) => [`content/${lang}/articles/${slug}.json`, `${lang}/articles/${slug}.html`]),
    ];
  });
}

export async function writeServiceWorker(outDir: string) {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['index.html', 'assets/**/*.{js,css}', '*.{svg,png,webmanifest}', ...editionFiles(outDir)],
    swDest: join(outDir, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    // Hashed assets carry their version in their name.
    dontCacheBustURLsMatching: /^assets\//,
    // Workbox's precache route maps /fr/articles/x to the precached fr/articles/x.html (clean URLs)
    // and /fr/ to fr/index.html; any other page falls back to the app shell, which renders from JSON.
    directoryIndex: 'index.html',
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/content\//, /\.(xml|txt|json|webmanifest)$/],
    clientsClaim: true,
    skipWaiting: false,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.startsWith('/content/'),
        handler: 'NetworkFirst',
        options: { cacheName: 'kiosque-content', expiration: { maxEntries: 500 } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
