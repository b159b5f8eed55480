import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The real content, as source. */
export const CONTENT_ROOT = join(import.meta.dirname, '..');

export const SEED_ID = 'ministre-interieur-examine-homologue-finlandais-moyens-renforcer';

/** A throwaway copy of the real content that a test can break one file at a time. */
export type ContentCopy = {
  root: string;
  file: (path: string) => string;
  edit: (path: string, change: (json: Record<string, unknown>) => void) => void;
  write: (path: string, text: string) => void;
  remove: (path: string) => void;
};

export function copyOfContent(): ContentCopy {
  const root = mkdtempSync(join(tmpdir(), 'kiosque-content-'));
  cpSync(join(CONTENT_ROOT, 'edition.json'), join(root, 'edition.json'));
  cpSync(join(CONTENT_ROOT, 'articles'), join(root, 'articles'), { recursive: true });
  const file = (path: string) => join(root, path);
  return {
    root,
    file,
    edit(path, change) {
      const json = JSON.parse(readFileSync(file(path), 'utf8')) as Record<string, unknown>;
      change(json);
      writeFileSync(file(path), JSON.stringify(json, null, 2));
    },
    write(path, text) {
      writeFileSync(file(path), text);
    },
    remove(path) {
      rmSync(file(path), { recursive: true });
    },
  };
}
