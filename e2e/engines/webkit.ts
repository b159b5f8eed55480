import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, Key as SeleniumKey, Origin, type WebDriver } from 'selenium-webdriver';
import { patient } from '../patience.ts';
import { ENGINE_PACKAGES, MINIBROWSER, WEBKIT_DRIVER, XVFB } from './installed.ts';
import { watchForProblems, type EngineDriver, type Key } from './driver.ts';

// WebKit (WebKitGTK, the engine Safari is built on) through selenium-webdriver, talking W3C
// WebDriver to WebKitGTK's own server (Debian's webkit2gtk-driver), which drives its MiniBrowser.
// selenium-webdriver speaks plain W3C WebDriver to any server, with a handful of dependencies; this
// WebKitWebDriver has no BiDi, so puppeteer-core cannot drive it. The browser needs a display: an
// Xvfb per worker, with a driver server beside it; a session (a fresh profile) per journey.

export type WebKitHost = {
  /** The driver server's address; a server that has exited since is started again first. */
  server(): Promise<string>;
  /** Stops the driver server, so that the next server() starts a new one. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
};

type DriverServer = { process: ChildProcess; server: string; output: string[] };

/** Starts Xvfb on a display it picks itself, and WebKit's driver server on it. */
export async function startWebKit(): Promise<WebKitHost> {
  const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.stdio[3]!.once('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): apt-get install xvfb`)));
  });
  let driver = await startDriverServer(display);
  return {
    async server() {
      if (hasExited(driver.process)) {
        // Seen once on a machine loaded far past its cores: say what it said, and go on with a new one.
        console.warn(
          `${WEBKIT_DRIVER} exited (${exitOf(driver.process)}), started again; it said: ${driver.output.join('').slice(-500)}`,
        );
        driver = await startDriverServer(display);
      }
      return driver.server;
    },
    stopServer: () => stop(driver.process),
    close: async () => {
      await Promise.all([stop(driver.process), stop(xvfb)]);
    },
  };
}

async function startDriverServer(display: string): Promise<DriverServer> {
  const port = await freePort();
  const child = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: display },
  });
  const output: string[] = [];
  const keep = (data: Buffer) => {
    output.push(data.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const server = `http://127.0.0.1:${port}`;
  await untilAnswers(`${server}/status`, child, output);
  return { process: child, server, output };
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;
const exitOf = (child: ChildProcess) => child.signalCode ?? `code ${child.exitCode}`;

function stop(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function untilAnswers(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + patient(20_000);
  for (;;) {
    if (hasExited(child))
      throw new Error(`${WEBKIT_DRIVER} exited (${exitOf(child)}): ${output.join('').slice(-500) || ENGINE_PACKAGES}`);
    if (Date.now() > deadline)
      throw new Error(`${WEBKIT_DRIVER} did not answer at ${url}: ${output.join('').slice(-500)}`);
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const KEYS: Record<Key, string[]> = {
  Tab: [SeleniumKey.TAB],
  'Shift+Tab': [SeleniumKey.SHIFT, SeleniumKey.TAB],
  Enter: [SeleniumKey.ENTER],
  Space: [SeleniumKey.SPACE],
};

export async function webkitDriver(
  host: WebKitHost,
  baseURL: string,
  viewport: { width: number; height: number },
): Promise<EngineDriver> {
  const session = await sessionWithin(host).catch(async (error: unknown) => {
    console.warn(
      `WebKit: ${error instanceof Error ? error.message : String(error)}; trying again with a new driver server`,
    );
    await host.stopServer();
    return sessionWithin(host);
  });
  await session.manage().setTimeouts({ script: patient(60_000) });
  const driver = new WebKitDriver(session, baseURL);
  await driver.fitViewport(viewport);
  return driver;
}

/**
 * A new session, or a failure when the driver server gives none in time: seen once in CI (2026-12-07), it answered
 * nothing for a whole test's time.
 */
async function sessionWithin(host: WebKitHost, ms = patient(20_000)): Promise<WebDriver> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no session within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([newSession(host), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A session of a fresh profile (the second try, if any, with a driver server started again). */
async function newSession(host: WebKitHost): Promise<WebDriver> {
  return new Builder()
    .usingServer(await host.server())
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
}

class WebKitDriver implements EngineDriver {
  readonly engine = 'webkit';
  // W3C WebDriver has no command to take the browser offline.
  readonly reportsOffline = false;

  constructor(
    readonly session: WebDriver,
    readonly baseURL: string,
  ) {}

  /** Sizes the window so that its viewport is `viewport` (the window's frame is not the page's). */
  async fitViewport({ width, height }: { width: number; height: number }) {
    await this.session.manage().window().setRect({ width, height });
    const inner = await this.evaluate(() => ({ width: innerWidth, height: innerHeight }), null);
    await this.session
      .manage()
      .window()
      .setRect({ width: 2 * width - inner.width, height: 2 * height - inner.height });
  }

  // This WebDriver cannot run a script before a document's own: the watch starts once it has loaded,
  // and again after any action that may have loaded another document (it keeps a watch it finds).
  async #watch() {
    await this.evaluate(watchForProblems, null).catch(() => undefined);
  }

  async open(path: string) {
    await this.session.get(new URL(path, this.baseURL).href);
    await this.#watch();
  }

  async reload() {
    await this.session.navigate().refresh();
    await this.#watch();
  }

  async clickAt(x: number, y: number) {
    await this.session
      .actions()
      .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
      .click()
      .perform();
    await this.#watch();
  }

  async press(key: Key) {
    const keys = KEYS[key];
    const actions = this.session.actions();
    for (const down of keys) actions.keyDown(down);
    for (const up of [...keys].reverse()) actions.keyUp(up);
    await actions.perform();
    await this.#watch();
  }

  async type(text: string) {
    await this.session.actions().sendKeys(text).perform();
  }

  async evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const script = `var arg = arguments[0], done = arguments[arguments.length - 1];
Promise.resolve().then(function () { return (${fn.toString()})(arg); }).then(
  function (value) { done({ value: value === undefined ? null : value }); },
  function (error) { done({ error: String((error && error.stack) || error) }); });`;
    const answer = (await this.session.executeAsyncScript(script, arg)) as { value?: R; error?: string };
    if (answer.error !== undefined) throw new Error(`in the page: ${answer.error}`);
    return answer.value as R;
  }

  async setOffline() {
    // Nothing to tell the browser: the journeys' cable (cable.ts) is what goes offline.
  }

  reportedErrors() {
    // Classic WebDriver reports nothing by itself: the page's own watcher is all there is.
    return [];
  }

  async close() {
    await this.session.quit();
  }
}
