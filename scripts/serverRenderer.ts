import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The app's server entry, which prerenders pages, built once per version of the code and site.

/**
 * Inside node_modules, so that the server bundle resolves the packages it leaves external; kept for
 * the next publish from the same code. The bundle has the site's origin built in (the printed
 * address under a story), as the browser's has: one bundle per origin, or a build for another site
 * would prerender the first one's, and the app would find its page not to match (React's #418).
 */
const ssrDir = (code: string, origin: string) =>
  resolve(`node_modules/.cache/kiosque-ssr-${code}-${createHash('sha256').update(origin).digest('hex').slice(0, 8)}`);

/** Removes what builds of other code kept (their server bundles and service workers). */
function removeOtherCodesCaches(code: string) {
  const others = readdirSync('node_modules/.cache').filter(
    (name) => /^kiosque-(ssr|sw)-/.test(name) && !name.includes(`-${code}`),
  );
  for (const old of others) rmSync(join('node_modules/.cache', old), { recursive: true, force: true });
}

/**
 * The address of the server entry's module for `code` and `origin` (its `prerender` renders a page), compiled first if
 * no build kept it.
 */
export async function serverRenderer(code: string, origin: string): Promise<string> {
  const dir = ssrDir(code, origin);
  if (!existsSync(join(dir, 'entry-server.js'))) {
    mkdirSync(dirname(dir), { recursive: true });
    // Built aside and renamed into place: two builds at once (the tests run some side by side) never
    // read a bundle the other is writing, and the second to finish keeps the first's.
    const aside = mkdtempSync(`${dir}-`);
    // Vite is loaded only when something is to be compiled: a publish from a kept bundle does without it.
    const { build } = await import('vite');
    await build({ logLevel: 'warn', build: { ssr: 'src/app/entry-server.tsx', outDir: aside, emptyOutDir: true } });
    try {
      renameSync(aside, dir);
    } catch {
      rmSync(aside, { recursive: true, force: true });
    }
    removeOtherCodesCaches(code);
  }
  return pathToFileURL(join(dir, 'entry-server.js')).href;
}
