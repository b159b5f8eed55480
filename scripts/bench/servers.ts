import { spawn, type ChildProcess } from 'node:child_process';

// The hosts the benchmark measures through: Vite's preview server and the shipped nginx.

/** `vite preview` of `dir` at `port`, once it listens. */
export function servePreview(dir: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dir, '--port', String(port), '--strictPort'],
    { stdio: 'pipe' },
  );
  return new Promise((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes(String(port)) && resolve(server));
    server.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
  });
}

/** Resolves once `url` answers (a server just started), or fails after 20 s. */
async function untilAnswering(url: string) {
  for (let attempt = 0; attempt < 80; attempt += 1) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never answered`);
}

/** Runs `npm run serve:nginx` on each of `roots`, from `port` up, for `measure`, which gets their origins. */
export async function withNginx<T>(
  roots: string[],
  port: number,
  measure: (origins: string[]) => Promise<T>,
): Promise<T> {
  const servers = roots.map((root, index) =>
    spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/serve-nginx.ts', '--root', root], {
      env: { ...process.env, PORT: String(port + index) },
      stdio: 'ignore',
    }),
  );
  try {
    const origins = roots.map((_root, index) => `http://127.0.0.1:${port + index}`);
    await Promise.all(origins.map((origin) => untilAnswering(`${origin}/fr/`)));
    return await measure(origins);
  } finally {
    for (const server of servers) server.kill('SIGTERM');
  }
}
