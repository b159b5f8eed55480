import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildArgs } from './buildCommand.ts';
import {
  carryAssets,
  editionDir,
  editionId,
  editions,
  finishEdition,
  KEPT_EDITIONS,
  liveEdition,
  liveHistory,
  makeLive,
  previousEdition,
  pruneEditions,
  removeUnfinished,
  rollBack,
  startEdition,
} from '../pipeline/deploy/editions.ts';

// npm run deploy -- --site <folder> [--reload "<command>"]: builds the edition into a new folder of
// the site, checks it, and makes it the live one in one step (see pipeline/deploy/editions.ts).
//   --rollback   makes the edition that was live before the live one live again, and builds nothing
//                (a second rollback goes one further back; an edition rolled back from is never returned to);
//   --list       lists the site's editions;
//   --reload     a command run once `live` has changed, for a server that reads files of the
//                edition at start (nginx reads .server/*.conf): "nginx -s reload".
// A build that fails or is interrupted leaves the live edition as it was, and says so.

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    reload: { type: 'string' },
    rollback: { type: 'boolean', default: false },
    list: { type: 'boolean', default: false },
  },
});
if (!values.site) {
  console.error('deploy: --site <folder> is required (the folder whose `live` link the server serves)');
  process.exit(2);
}
const site = resolve(values.site);

function liveNow() {
  const live = liveEdition(site);
  return live ? `the live edition is still ${live}` : 'no edition is live';
}

function reloadServer() {
  if (!values.reload) return;
  const result = spawnSync(values.reload, { shell: true, stdio: 'inherit' });
  if (result.status !== 0)
    console.error(
      `deploy: the reload command failed (${values.reload}); the server may still hold the previous edition's configuration`,
    );
}

/** The site's editions, the live one marked `*`, and those rolled back from, which a rollback never returns to. */
function list() {
  if (!existsSync(site)) {
    console.error(`deploy: ${site}: there is no such folder, so no edition`);
    process.exit(1);
  }
  if (editions(site).length === 0) console.log(`deploy: no edition in ${site} yet`);
  const live = liveEdition(site);
  const history = new Set(liveHistory(site));
  for (const id of editions(site))
    console.log(`${id === live ? '*' : ' '} ${id}${history.has(id) ? '' : '  (rolled back from)'}`);
}

function rollback() {
  const live = liveEdition(site);
  const previous = previousEdition(site);
  if (!live) {
    console.error(`deploy: no edition of ${site} is live: nothing to roll back`);
    process.exit(1);
  }
  if (!previous) {
    console.error(`deploy: no edition before ${live} to roll back to`);
    process.exit(1);
  }
  // Pages of the edition being left, open in tabs, keep finding their chunks.
  carryAssets([editionDir(site, live)], editionDir(site, previous));
  rollBack(site);
  reloadServer();
  console.log(`deploy: ${previous} is live again (was ${live})`);
}

/**
 * Runs the build into `outDir` as a child process, from the live edition where there is one; resolves with its exit
 * status.
 */
function runBuild(outDir: string, from: string | undefined): Promise<number | null> {
  const fromLive = from ? ['--from', editionDir(site, from)] : [];
  const build = spawn(process.execPath, buildArgs(['--outDir', outDir, ...fromLive]), {
    stdio: 'inherit',
  });
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const signal of signals) {
    process.on(signal, () => {
      build.kill(signal);
      // The build's folder, and the one it links the live edition into before it takes its place.
      removeUnfinished(site);
      console.error(`deploy: interrupted; nothing published; ${liveNow()}`);
      process.exit(130);
    });
  }
  return new Promise((done) =>
    build.on('exit', (code) => {
      // From here on, each step leaves the site whole: the link is replaced in one rename.
      for (const signal of signals) process.removeAllListeners(signal);
      done(code);
    }),
  );
}

async function publish() {
  // Every page names the site's address (canonical links, the sitemap, social tags): a build left on
  // the development default would put pages that name localhost live.
  if (!process.env.KIOSQUE_SITE_URL) {
    console.error(
      `deploy: set KIOSQUE_SITE_URL to the site's public address (https://…), which every page names; nothing published; ${liveNow()}`,
    );
    process.exit(2);
  }
  const id = editionId(new Date());
  const partial = startEdition(site, id);
  const status = await runBuild(partial, liveEdition(site));
  try {
    if (status !== 0) throw new Error(`the build failed (exit ${status})`);
    finishEdition(site, partial, id);
  } catch (error) {
    removeUnfinished(site);
    console.error(`deploy: ${(error as Error).message}\ndeploy: nothing published; ${liveNow()}`);
    process.exit(1);
  }
  const previous = liveEdition(site);
  // Pages of the editions kept on disk with the new one, open in tabs, keep finding their chunks.
  const kept = liveHistory(site).slice(-(KEPT_EDITIONS - 1));
  const carried = carryAssets(
    kept.map((edition) => editionDir(site, edition)),
    editionDir(site, id),
  );
  makeLive(site, id);
  reloadServer();
  const removed = pruneEditions(site);
  const keptFor = carried > 0 ? `; ${carried} chunks of earlier code kept for pages still open` : '';
  console.log(`deploy: ${id} is live${previous ? ` (was ${previous}${keptFor})` : ''}`);
  if (removed.length)
    console.log(`deploy: removed the old edition${removed.length > 1 ? 's' : ''} ${removed.join(', ')}`);
}

if (values.list) list();
else if (values.rollback) rollback();
else await publish();
