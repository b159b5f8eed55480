import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildEdition } from './edition.ts';
import { ContentError } from './problems.ts';
import type { PublishedFiles } from './publish.ts';

/**
 * Validates the content at the start of every build (a broken file fails it, naming the file and
 * the field), emits the published JSON into the build, and serves the same files in dev.
 */
export function kiosqueContent(contentRoot: string): Plugin {
  const root = resolve(contentRoot);
  let published: PublishedFiles | undefined;

  const publish = () => {
    published ??= buildEdition(root);
    return published;
  };

  return {
    name: 'kiosque-content',
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
      for (const [fileName, data] of publish()) {
        this.emitFile({ type: 'asset', fileName, source: JSON.stringify(data) });
      }
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(root)) published = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!path.startsWith('content/')) return next();
        let files: PublishedFiles;
        try {
          files = publish();
        } catch (error) {
          published = undefined;
          return next(error);
        }
        const data = files.get(path);
        res.statusCode = data ? 200 : 404;
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(data ? JSON.stringify(data) : '{"error":"not found"}');
      });
    },
  };
}
