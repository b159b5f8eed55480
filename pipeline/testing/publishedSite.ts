import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyOfContent, FROZEN_EDITION, type ContentCopy } from './fixture.ts';

// A newsroom's site for the tests and the benchmark of what readers see after a publish: editions of the frozen test
// edition made live by `npm run deploy`, one after another, and served by the production server
// (nginx, `npm run serve:nginx`) from the site's `live` link, reloaded after each publish as a
// deployment does.
//
// The first edition is deployed once per worker (a full build); each test starts from a copy of
// that site (hard links) with a server of its own, so that its publishes are the quick kind a
// newsroom makes all day: from the same code, only what changed is written.

/** The address every edition names (canonical links, feeds): not the test server's, as behind a CDN. */
export const SITE_URL = 'https://kiosque.test';

/** Another address: its build has other chunks (the address is built into the app), as a publish of new code has. */
const OTHER_CODE_SITE_URL = 'https://edition.kiosque.test';

type Run = { status: number | null; output: string };

function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, output })));
}

async function deploy(
  site: string,
  content: ContentCopy,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  const result = await run('scripts/deploy.ts', ['--site', site, ...args], {
    KIOSQUE_CONTENT: content.root,
    KIOSQUE_SITE_URL: SITE_URL,
    ...env,
  });
  if (result.status !== 0) throw new Error(`npm run deploy ${args.join(' ')} failed:\n${result.output}`);
}

/** A site with the frozen edition live, deployed once: each test copies it. */
export async function deployFirstEdition(): Promise<string> {
  const site = mkdtempSync(join(tmpdir(), 'kiosque-published-'));
  await deploy(site, copyOfContent(FROZEN_EDITION), []);
  return site;
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = httpGet(url, { agent: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

/** A copy of the first edition's site, served by nginx on a port of its own, that a test publishes to. */
export class PublishedSite {
  private constructor(
    readonly dir: string,
    readonly content: ContentCopy,
    readonly origin: string,
    private readonly server: ChildProcess,
  ) {}

  static async copyOf(template: string): Promise<PublishedSite> {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-site-'));
    cpSync(template, dir, { recursive: true, verbatimSymlinks: true, force: true });
    const content = copyOfContent(FROZEN_EDITION);
    const port = 21_000 + Math.floor(Math.random() * 9_000);
    const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-nginx.ts', '--root', join(dir, 'live')], {
      env: { ...process.env, PORT: String(port) },
      detached: true,
      stdio: 'ignore',
    });
    const site = new PublishedSite(dir, content, `http://127.0.0.1:${port}`, server);
    for (let tries = 0; !(await answers(`${site.origin}/fr/`)); tries += 1) {
      if (tries > 100) throw new Error(`nginx never answered on ${site.origin}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return site;
  }

  /** Changes the content as an editor would, then publishes it: built aside, made live, nginx reloaded. */
  async publish(change: (content: ContentCopy) => void = () => undefined, { newCode = false } = {}): Promise<void> {
    change(this.content);
    await deploy(
      this.dir,
      this.content,
      ['--reload', `kill -HUP ${this.server.pid}`],
      newCode ? { KIOSQUE_SITE_URL: OTHER_CODE_SITE_URL } : {},
    );
  }

  /** Makes the edition live before the live one live again, as a newsroom pulling a story does. */
  async rollBack(): Promise<void> {
    await deploy(this.dir, this.content, ['--rollback', '--reload', `kill -HUP ${this.server.pid}`]);
  }

  async close(): Promise<void> {
    if (this.server.pid) process.kill(-this.server.pid, 'SIGTERM');
    rmSync(this.dir, { recursive: true, force: true });
    rmSync(this.content.root, { recursive: true, force: true });
  }
}

/** A new French dispatch, filed under security, made the lead: what a publish most often brings. */
export function addLeadStory(id: string, headline: string): (content: ContentCopy) => void {
  return (content) => {
    mkdirSync(content.file(`articles/${id}`), { recursive: true });
    content.write(
      `articles/${id}/meta.json`,
      JSON.stringify({ id, originalLanguage: 'fr', kind: 'dispatch', topics: ['security'], related: [] }),
    );
    content.write(
      `articles/${id}/fr.json`,
      JSON.stringify({
        slug: id,
        headline,
        credit: 'Agence d’essai',
        blocks: [{ type: 'paragraph', id: 'p1', text: `${headline} : le texte de la dépêche.` }],
      }),
    );
    content.edit('edition.json', (edition) => (edition.lead = id));
  };
}

/** Takes a story out of the edition (and the lead back to the frozen one). */
export function removeStory(id: string, lead = 'depeche-alpha'): (content: ContentCopy) => void {
  return (content) => {
    content.remove(`articles/${id}`);
    content.edit('edition.json', (edition) => (edition.lead = lead));
  };
}
