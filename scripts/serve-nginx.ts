import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

// npm run serve:nginx [-- --root dist] [--test | --reload]: serves a build through Debian's nginx
// with the shipped configuration (deploy/nginx/), at http://127.0.0.1:8080 or the port in PORT, in
// the foreground. Its pid, temporary and log files live in a temporary folder: nothing needs root.
// --test only checks the configuration (nginx -t). --reload makes the server already running on
// PORT read the live edition's server files again, as a deploy needs:
//   npm run deploy -- --site <site> --reload "npm run serve:nginx -- --reload"
// (a SIGHUP to the serving process does the same; it writes its pid where --reload finds it).

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const PACKAGES = 'apt-get install nginx libnginx-mod-http-brotli-static';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    test: { type: 'boolean', default: false },
    reload: { type: 'boolean', default: false },
  },
});
const root = resolve(values.root);
const port = process.env.PORT ?? '8080';
/** Where the server on `port` keeps its pid, for --reload. */
const pidFile = join(tmpdir(), `kiosque-serve-nginx-${port}.pid`);

function fail(message: string): never {
  console.error(`serve:nginx: ${message}`);
  process.exit(1);
}

/** Tells the server running on `port` to reload, and says so; fails when none runs there. */
function reloadRunningServer(): never {
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : Number.NaN;
  try {
    process.kill(pid, 'SIGHUP');
  } catch {
    fail(`no server of serve:nginx runs on port ${port} (PORT): start it with npm run serve:nginx`);
  }
  console.log(`serve:nginx: the server on port ${port} reads the live edition's server files again`);
  process.exit(0);
}

if (values.reload) reloadRunningServer();

if (!NGINX || !existsSync(BROTLI_MODULE)) fail(`nginx with its brotli module is missing: ${PACKAGES}`);
if (!existsSync(join(root, '.server/csp.conf'))) fail(`${root} holds no build: run npm run build first`);

/**
 * Whether a user other than the owner can open `folder` and every folder above it (nginx's workers must, to serve it).
 */
function othersCanReach(folder: string): boolean {
  for (let path = folder; ; path = dirname(path)) {
    const { mode } = statSync(path);
    const needed = path === folder ? 0o005 : 0o001;
    if ((mode & needed) !== needed) return false;
    if (path === dirname(path)) return true;
  }
}

// nginx started by root hands requests to workers running as an unprivileged user (nobody), who
// cannot read a checkout in a folder closed to others (`mktemp -d` makes one): every request would
// fail with "Permission denied". For this local server, the workers then run as root.
const workersAsRoot = process.getuid?.() === 0 && !othersCanReach(root);
if (workersAsRoot) console.log(`serve:nginx: ${root} is closed to other users, so nginx's workers run as root`);

const temp = mkdtempSync(join(tmpdir(), 'kiosque-nginx-'));
for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(temp, dir));
const config =
  (workersAsRoot ? 'user root;\n' : '') +
  readFileSync('deploy/nginx/nginx.conf', 'utf8')
    .replaceAll('__TEMP__', temp)
    .replaceAll('__ROOT__', root)
    .replaceAll('__DEPLOY__', resolve('deploy/nginx'))
    .replaceAll('__PORT__', port);
const configFile = join(temp, 'nginx.conf');
writeFileSync(configFile, config);
const args = ['-c', configFile, '-p', temp, '-e', 'stderr'];

const removeTemp = () => rmSync(temp, { recursive: true, force: true });

if (values.test) {
  const result = spawnSync(NGINX, ['-t', ...args], { stdio: 'inherit' });
  removeTemp();
  process.exit(result.status ?? 1);
}
console.log(
  `serve:nginx: ${root} at http://127.0.0.1:${port}/ (Ctrl-C stops it; npm run serve:nginx -- --reload reloads it)`,
);
const server = spawn(NGINX, args, { stdio: 'inherit' });
writeFileSync(pidFile, String(process.pid));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
// A deploy's --reload: nginx reads the new live edition's .server/ files, its workers finishing what they serve.
process.on('SIGHUP', () => server.kill('SIGHUP'));
server.on('exit', (code) => {
  removeTemp();
  rmSync(pidFile, { force: true });
  process.exit(code ?? 0);
});
