import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from './chromium.ts';

// A real speech engine for Chromium on Linux: Debian's speech-dispatcher, with its espeak-ng module, which Chromium run
// with --enable-speech-dispatcher starts on the first utterance. It speaks into ALSA's null device, so that a machine
// with no sound card (CI) hears nothing and waits for nothing. Everything it reads is in a home of its own, made for
// the test or the benchmark: the machine's configuration is left alone.

export const SPEECH_PACKAGES = 'apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng';

const NEEDED = ['/usr/bin/speech-dispatcher', '/usr/lib/speech-dispatcher-modules/sd_espeak-ng', '/usr/bin/espeak-ng'];

export function speechEngineInstalled(): boolean {
  return NEEDED.every((path) => existsSync(path));
}

/** speech-dispatcher's configuration: espeak-ng for every language, played through ALSA. */
const SPEECHD_CONF = `AudioOutputMethod "alsa"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
`;

/** ALSA's default device, for every program run from this home: the null device, which plays at once. */
const ASOUNDRC = 'pcm.!default { type null }\n';

/** The browser and the speech-dispatcher it started (which outlives it), and their home: all stopped and removed. */
export type SpeechHome = { env: Record<string, string>; remove(): void };

function stopSpeechDispatcher(runtime: string): void {
  const pidFile = join(runtime, 'speech-dispatcher', 'pid', 'speech-dispatcher.pid');
  if (!existsSync(pidFile)) return;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * A home for the browser and the speech-dispatcher it starts: their configuration, and the folder where its socket and
 * logs go (XDG_RUNTIME_DIR, which must be the user's alone).
 */
export function speechHome(): SpeechHome {
  const home = mkdtempSync(join(tmpdir(), 'kiosque-speech-'));
  const config = join(home, '.config');
  const runtime = join(home, 'run');
  mkdirSync(join(config, 'speech-dispatcher'), { recursive: true });
  mkdirSync(runtime, { mode: 0o700 });
  writeFileSync(join(config, 'speech-dispatcher', 'speechd.conf'), SPEECHD_CONF);
  writeFileSync(join(home, '.asoundrc'), ASOUNDRC);
  return {
    env: { HOME: home, XDG_CONFIG_HOME: config, XDG_RUNTIME_DIR: runtime },
    remove: () => {
      stopSpeechDispatcher(runtime);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** How long speech-dispatcher may take to start listening on a loaded machine. */
const STARTS_WITHIN_MS = 30_000;

/**
 * Starts the speech-dispatcher of `home` and settles once it has spoken a word. Chromium would start it on its first
 * utterance, but gives up on it for good when the server is slow to answer (on a loaded machine, at the end of a test
 * run): a test that needs the engine starts it first.
 */
export async function startSpeechEngine(home: SpeechHome): Promise<void> {
  const socket = join(home.env.XDG_RUNTIME_DIR ?? '', 'speech-dispatcher', 'speechd.sock');
  // It lists every voice as it starts (13,000 lines): nothing of it is read.
  const started = spawnSync('speech-dispatcher', ['--run-daemon', '--timeout', '0'], {
    env: { ...process.env, ...home.env },
    stdio: 'ignore',
  });
  if (started.status !== 0)
    throw new Error(`speech-dispatcher did not start (exit ${started.status}); its logs: ${socket}/../log`);
  const since = performance.now();
  while (!existsSync(socket)) {
    if (performance.now() - since > STARTS_WITHIN_MS) throw new Error(`speech-dispatcher made no socket at ${socket}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Listening is not answering: it speaks once, through its module, before a browser is let near it.
  const spoken = spawnSync('spd-say', ['--wait', '--language', 'fr', 'prêt'], {
    env: { ...process.env, ...home.env },
    stdio: 'ignore',
    timeout: STARTS_WITHIN_MS,
  });
  if (spoken.status !== 0)
    throw new Error(`speech-dispatcher listens at ${socket} but did not speak (${spoken.status})`);
}

/** Chromium's launch options to speak through the engine of `home`: the browser at `executablePath`, if named. */
export function speakingChromium(home: SpeechHome, executablePath: string | undefined) {
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_FLAGS, '--enable-speech-dispatcher'],
    env: { ...process.env, ...home.env },
  };
}
