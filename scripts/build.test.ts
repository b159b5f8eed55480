import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfContent, FROZEN_EDITION } from '../pipeline/testing/fixture.ts';
import { buildArgs, BUILD_NODE_FLAGS } from './buildCommand.ts';

// A build names the site it is for in its pages (canonical links, the printed address under a
// story) and in the app: the same code built for two sites prerenders each its own, so that the app
// finds the page it hydrates to be the page it would render.

const work = mkdtempSync(join(tmpdir(), 'kiosque-build-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildFor(site: string | undefined, outDir: string, content = FROZEN_EDITION) {
  const env = { ...process.env, KIOSQUE_CONTENT: content, KIOSQUE_SITE_URL: site ?? '' };
  const result = spawnSync(process.execPath, buildArgs(['--outDir', join(work, outDir), '--no-precompress']), {
    encoding: 'utf8',
    env,
  });
  expect(result.status, result.stderr).toBe(0);
  return { dir: join(work, outDir), stderr: result.stderr };
}

describe('a build for another site', () => {
  it(
    'prerenders that site’s address, even after a build of the same code for the default one',
    { timeout: 120_000 },
    () => {
      buildFor(undefined, 'default');
      // The English headline left in French: the build goes on, and says so as content:check would.
      const content = copyOfContent(FROZEN_EDITION);
      content.edit('articles/depeche-alpha/en.json', (json) => (json.headline = 'Dépêche d’essai alpha'));
      const other = buildFor('https://kiosque.example', 'other', content.root);
      expect(other.stderr).toMatch(
        /^warning: .*depeche-alpha\/en\.json: headline: is the fr original's headline word for word: left untranslated\?$/m,
      );
      const page = readFileSync(join(other.dir, 'fr/articles/depeche-alpha.html'), 'utf8');
      expect(page).toContain('https://kiosque.example/fr/articles/depeche-alpha');
      // The default site's address, left in the page by a server bundle built for it, is nowhere.
      expect(page).not.toContain('localhost:4173');
    },
  );
});

describe('the build command', () => {
  it('is the same for npm run build as for a deploy, the benchmark and the tests', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toBe(['node', ...BUILD_NODE_FLAGS, 'scripts/build.ts'].join(' '));
  });
});
