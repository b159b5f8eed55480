import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { manifestFromContent } from '../edition/manifestFromContent.ts';
import type { EditionManifest } from '../edition/manifest.ts';
import { ContentError } from '../content/problems.ts';

export const CONTENT_PLUGIN = 'kiosque-content';

/** What the plugin offers the rest of the build (scripts/build.ts): the manifest it published. */
export type ContentPluginApi = { manifest: () => EditionManifest };

/**
 * Writes each published file under `dir`, one at a time (made, written, let go), each folder made once: an edition's
 * thousands of files sit in a few dozen folders.
 */
function writePublishedFiles(dir: string, files: EditionManifest['files']): void {
  const made = new Set<string>();
  for (const [path, text] of files) {
    const file = join(dir, path);
    const folder = dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(file, text());
  }
}

/**
 * Validates the content at the start of every build (a broken file fails it, naming the file and
 * the field), writes the published files beside the bundle, and serves the same files in dev.
 */
export function kiosqueContent(contentRoot: string, origin: string): Plugin<ContentPluginApi> {
  const root = resolve(contentRoot);
  let manifest: EditionManifest | undefined;
  const publish = () => (manifest ??= manifestFromContent(root, origin));
  let serverBuild = false;

  return {
    name: CONTENT_PLUGIN,
    api: { manifest: publish },
    configResolved(config) {
      // The server build (for prerendering) needs no copy of the published files.
      serverBuild = Boolean(config.build.ssr);
    },
    buildStart() {
      manifest = undefined;
      // The client build checked the content already: the server build, which publishes nothing, would check it again
      // (7.8 s of its 10 s at 8,000 stories).
      if (serverBuild) return;
      try {
        publish();
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
    // Written here rather than handed to the bundler as assets, which holds every one until the build ends: 152 MB of
    // JSON at 8,000 stories.
    writeBundle({ dir }) {
      if (serverBuild) return;
      if (!dir) throw new Error('the client build has no output folder');
      writePublishedFiles(dir, publish().files);
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(root)) manifest = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!path.startsWith('content/')) return next();
        let files: EditionManifest['files'];
        try {
          files = publish().files;
        } catch (error) {
          manifest = undefined;
          return next(error);
        }
        const data = files.get(path)?.();
        res.statusCode = data ? 200 : 404;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(data ?? '{"error":"not found"}');
      });
    },
  };
}
