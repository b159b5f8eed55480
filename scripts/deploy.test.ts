import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITION_FILE_LIST } from '../pipeline/deploy/editions.ts';
import { copyOfContent, FROZEN_EDITION } from '../pipeline/testing/fixture.ts';

// Publishing through the production server: nginx serves the site's `live` link while editions are
// built and switched, a build is interrupted, and the previous edition is rolled back to. Every
// response a reader gets is whole, and is one edition's file.

// A folder closed to other users, as mktemp makes it: serve:nginx must serve it all the same.
const site = mkdtempSync(join(tmpdir(), 'kiosque-site-'));
const content = copyOfContent(FROZEN_EDITION);
const port = 20_000 + Math.floor(Math.random() * 10_000);
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess;
let serverLog = '';

type Run = { status: number | null; stdout: string; stderr: string };

function tsx(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, KIOSQUE_CONTENT: content.root, KIOSQUE_SITE_URL: origin, PORT: String(port) },
    detached: true,
  });
}

function finished(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stdout, stderr })));
}

const deploy = (...args: string[]) =>
  tsx('scripts/deploy.ts', ['--site', site, '--reload', `kill -HUP ${server.pid}`, ...args]);
const live = () => readlinkSync(join(site, 'live'));
const editionFiles = (edition: string) =>
  JSON.parse(readFileSync(join(site, edition, EDITION_FILE_LIST), 'utf8')) as string[];

/**
 * The address a reader opens for a file of the edition: `fr/index.html` is `/fr/`, `fr/articles/x.html` is
 * `/fr/articles/x`.
 */
const addressOf = (file: string) => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`;

async function serverAnswers() {
  for (let tries = 0; tries < 100; tries += 1) {
    const answered = await get('/fr/').then(
      (response) => response.status === 200,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx never answered /fr/ with a 200:\n${serverLog}`);
}

type Answer = { address: string; status: number; body: string; headers: Record<string, string | string[] | undefined> };

/**
 * One request on a connection of its own, as a new reader's would be: a reload of nginx closes the
 * connections its old workers kept open, which a browser retries by itself and Node's fetch does not.
 */
function get(address: string): Promise<Omit<Answer, 'address'>> {
  return new Promise((resolve, reject) => {
    const request = httpGet(`${origin}${address}`, { agent: false, timeout: 10_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on('error', reject);
  });
}

/** Asks for each address and for every asset each page names, over and over, until `stop` says so. */
async function readLoop(addresses: string[], stop: () => boolean): Promise<Answer[]> {
  const answers: Answer[] = [];
  const ask = async (address: string) => {
    const answer = { address, ...(await get(address)) };
    answers.push(answer);
    return answer;
  };
  do {
    for (const address of addresses) {
      const { body } = await ask(address);
      for (const asset of new Set(body.match(/\/assets\/[\w.-]+\.(?:js|css)/g))) await ask(asset);
    }
  } while (!stop());
  return answers;
}

/** The edition folders holding exactly `body` at the file served for `address`. */
function editionsServing(address: string, body: string): string[] {
  const file = address.endsWith('/') ? `${address}index.html` : /\.\w+$/.test(address) ? address : `${address}.html`;
  return readdirSync(join(site, 'editions')).filter((edition) => {
    const path = join(site, 'editions', edition, file);
    return existsSync(path) && readFileSync(path, 'utf8') === body;
  });
}

beforeAll(async () => {
  const first = await finished(tsx('scripts/deploy.ts', ['--site', site]));
  expect(first.status, first.stderr).toBe(0);
  server = tsx('scripts/serve-nginx.ts', ['--root', join(site, 'live')]);
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  await serverAnswers();
}, 180_000);

afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('npm run deploy, through nginx', () => {
  it('switches editions with every response whole and from one edition, while a request loop runs', async () => {
    const before = live();
    const files = editionFiles('live');
    const article = files.find((file) => /^fr\/articles\/.+\.html$/.test(file));
    const addresses = ['/fr/', '/en/', addressOf(article ?? ''), '/sw.js', '/fr/feed.xml', '/content/fr/front/1.json'];
    content.edit('edition.json', (json) => (json.lead = 'depeche-delta'));
    let publishing = true;
    const publish = finished(deploy()).finally(() => (publishing = false));
    // The loop goes on for a round after the switch, so that it reads the new edition too.
    let roundsAfter = 0;
    const answers = await readLoop(addresses, () => !publishing && (roundsAfter += 1) > 1);
    const published = await publish;
    expect(published.status, published.stderr).toBe(0);
    expect(
      answers.filter((answer) => answer.status !== 200).map(({ address, status }) => `${status} ${address}`),
    ).toEqual([]);
    expect(live()).not.toBe(before);
    const pages = answers.filter((answer) => !answer.address.startsWith('/assets/'));
    expect(
      pages
        .filter((answer) => editionsServing(answer.address, answer.body).length === 0)
        .map((answer) => answer.address),
    ).toEqual([]);
    const front = pages
      .filter((answer) => answer.address === '/fr/')
      .map((answer) => editionsServing('/fr/', answer.body)[0]);
    expect(new Set(front)).toEqual(new Set([before.replace('editions/', ''), live().replace('editions/', '')]));
    expect(answers.length).toBeGreaterThan(addresses.length * 2);
    console.log(
      `deploy: ${answers.length} requests while an edition was built and switched, ${answers.filter((answer) => answer.status !== 200).length} failed`,
    );
  }, 180_000);

  it('leaves the live edition serving, unchanged, when a build is interrupted halfway', async () => {
    const before = live();
    const home = (await get('/fr/')).body;
    content.edit('edition.json', (json) => (json.lead = 'depeche-alpha'));
    const child = deploy();
    const run = finished(child);
    const partialHasAssets = () =>
      readdirSync(join(site, 'editions')).some(
        (name) => name.endsWith('.partial') && existsSync(join(site, 'editions', name, 'assets')),
      );
    while (!partialHasAssets()) await new Promise((resolve) => setTimeout(resolve, 50));
    process.kill(-(child.pid ?? 0), 'SIGINT');
    const interrupted = await run;
    expect(interrupted.status).not.toBe(0);
    expect(interrupted.stderr).toContain(
      `interrupted; nothing published; the live edition is still ${before.replace('editions/', '')}`,
    );
    expect(live()).toBe(before);
    expect((await get('/fr/')).body).toBe(home);
    expect(readdirSync(join(site, 'editions')).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 180_000);

  it('publishes nothing when the content is broken, and says which file and that the live edition stands', async () => {
    const before = live();
    content.write('articles/depeche-delta/en.json', '{"slug": "delta-');
    const failed = await finished(deploy());
    content.remove('articles/depeche-delta/en.json');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/depeche-delta\/en\.json/);
    expect(failed.stderr).toContain(`nothing published; the live edition is still ${before.replace('editions/', '')}`);
    expect(live()).toBe(before);
    expect((await get('/fr/')).status).toBe(200);
  }, 120_000);

  it('publishes nothing without the site address, which every page names', async () => {
    const before = live();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts', '--site', site], {
      env: { ...process.env, KIOSQUE_CONTENT: content.root, KIOSQUE_SITE_URL: '' },
    });
    const refused = await finished(child);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('set KIOSQUE_SITE_URL');
    expect(refused.stderr).toContain(`nothing published; the live edition is still ${before.replace('editions/', '')}`);
    expect(live()).toBe(before);
  }, 60_000);

  it('reloads the server with the command deploy.md gives: npm run serve:nginx -- --reload, after which it names the new edition', async () => {
    content.edit('edition.json', (json) => (json.lead = 'contexte-gamma'));
    const published = await finished(
      tsx('scripts/deploy.ts', ['--site', site, '--reload', 'npm run serve:nginx -- --reload']),
    );
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toContain(`the server on port ${port} reads the live edition's server files again`);
    const { edition } = JSON.parse(readFileSync(join(site, 'live', 'edition.json'), 'utf8')) as { edition: string };
    await expect.poll(async () => (await get('/fr/')).headers['server-timing']).toBe(`edition;desc=${edition}`);
  }, 120_000);

  it('rolls back to the previous edition in one step', async () => {
    const [previous, current] = readdirSync(join(site, 'editions')).sort().slice(-2);
    expect(live()).toBe(`editions/${current}`);
    const rolledBack = await finished(deploy('--rollback'));
    expect(rolledBack.status, rolledBack.stderr).toBe(0);
    expect(live()).toBe(`editions/${previous}`);
    expect(editionsServing('/fr/', (await get('/fr/')).body)).toContain(previous);
    expect(editionsServing('/fr/', (await get('/fr/')).body)).not.toContain(current);
    // A fix published after the rollback: rolling back from it returns to the edition live before it, never to the one
    // rolled back from.
    content.edit('edition.json', (json) => (json.lead = 'contexte-beta'));
    const fixed = await finished(deploy());
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(live()).not.toBe(`editions/${current}`);
    const again = await finished(deploy('--rollback'));
    expect(again.status, again.stderr).toBe(0);
    expect(live()).toBe(`editions/${previous}`);
    expect(readdirSync(join(site, 'editions'))).not.toContain(current);
  }, 120_000);
});
