import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildEdition } from './edition.ts';
import { ContentError } from './problems.ts';

/**
 * Validates the content at the start of every build (a broken file fails it, naming the file and
 * the field), emits the published JSON into the build, and serves the same files in dev.
 */
export function kiosqueContent(contentRoot: string, origin: string): Plugin {
  const root = resolve(contentRoot);
  let published: Map<string, string> | undefined;

  const publish = () => {
    published ??= buildEdition(root, origin);
    return published;
  };

  let serverBuild = false;

  return {
    name: 'kiosque-content',
    configResolved(config) {
      // The server build (for prerendering) needs no copy of the published files.
      serverBuild = Boolean(config.build.ssr);
    },
    buildStart() {
      published = undefined;
      try {
        publish();
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
    generateBundle() {
      if (serverBuild) return;
      for (const [fileName, source] of publish()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(root)) published = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!path.startsWith('content/')) return next();
        let files: Map<string, string>;
        try {
          files = publish();
        } catch (error) {
          published = undefined;
          return next(error);
        }
        const data = files.get(path);
        res.statusCode = data ? 200 : 404;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(data ?? '{"error":"not found"}');
      });
    },
  };
}
