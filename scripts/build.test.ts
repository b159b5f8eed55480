import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
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

/** Runs the build with `args`, on the frozen edition or `content`, and says what it printed and how it ended. */
function runBuild(args: string[], content = FROZEN_EDITION) {
  const env = { ...process.env, KIOSQUE_CONTENT: content, KIOSQUE_SITE_URL: '' };
  return spawnSync(process.execPath, buildArgs([...args, '--no-precompress']), { encoding: 'utf8', env });
}

describe('a publish from an edition (--from)', () => {
  it(
    'refuses an output folder that overlaps the edition it starts from (links followed) or the content, and leaves both whole',
    { timeout: 120_000 },
    () => {
      const { dir } = buildFor(undefined, 'live');
      const link = join(work, 'live-link');
      symlinkSync(dir, link);
      const content = copyOfContent(FROZEN_EDITION);
      for (const [from, outDir, overlapping] of [
        [dir, dir, `--from ${dir}`],
        [dir, join(dir, 'next'), `--from ${dir}`],
        // A link is named where it leads.
        [link, dir, `--from ${dir}`],
        [dir, content.root, `the content ${content.root}`],
        [dir, join(process.cwd(), '..'), 'the project .'],
      ] as const) {
        const result = runBuild(['--from', from, '--outDir', outDir], content.root);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(`build: --outDir ${outDir} and ${overlapping} overlap`);
      }
      expect(existsSync(join(dir, '.kiosque/state.json'))).toBe(true);
      expect(existsSync(join(dir, 'fr/articles/depeche-alpha.html'))).toBe(true);
      expect(existsSync(content.file('articles/depeche-alpha/fr.json'))).toBe(true);
    },
  );

  it(
    "publishes from a link to an edition, as a deploy's `live` is, and names a folder outside the project in full",
    {
      timeout: 120_000,
    },
    () => {
      const { dir } = buildFor(undefined, 'live-linked');
      const link = join(work, 'live-linked-link');
      symlinkSync(dir, link);
      const outDir = join(work, 'from-the-link');
      const result = runBuild(['--from', link, '--outDir', outDir]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^from ${dir}: 0 of \\d+ stories read`, 'm'));
      expect(existsSync(join(outDir, 'fr/articles/depeche-alpha.html'))).toBe(true);
      expect(readlinkSync(link)).toBe(dir);
    },
  );

  it('stops, touching nothing, when the folder it names does not exist', () => {
    const outDir = join(work, 'from-nowhere');
    const result = runBuild(['--from', join(work, 'no-such-edition'), '--outDir', outDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`build: --from ${join(work, 'no-such-edition')}: there is no such folder`);
    expect(existsSync(outDir)).toBe(false);
  });

  it(
    'leaves the output folder and the edition it started from as they were when the content is broken',
    {
      timeout: 120_000,
    },
    () => {
      const { dir } = buildFor(undefined, 'live-before-a-mistake');
      const { dir: outDir } = buildFor(undefined, 'an-earlier-build');
      const content = copyOfContent(FROZEN_EDITION);
      content.edit('articles/depeche-alpha/fr.json', (json) => (json.headline = ''));
      const result = runBuild(['--from', dir, '--outDir', outDir], content.root);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('depeche-alpha/fr.json');
      expect(result.stderr).toContain('build: nothing written');
      for (const kept of [dir, outDir]) expect(existsSync(join(kept, 'fr/articles/depeche-alpha.html'))).toBe(true);
      expect(readdirSync(work).filter((name) => name.endsWith('.partial'))).toEqual([]);
    },
  );
});
