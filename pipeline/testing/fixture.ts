import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The published edition, as source: tests check it by properties that hold for any edition. */
export const CONTENT_ROOT = join(import.meta.dirname, '../../content');

/**
 * A small edition frozen for tests of the machinery (publishing, ordering, pagination, checks), so
 * that an editor adding a story or changing the lead never turns a test red. Four stories: a
 * translated dispatch that is the lead, two dated background pieces, and a French-only dispatch.
 */
export const FROZEN_EDITION = join(import.meta.dirname, 'frozen-edition');

export const SEED_ID = 'ministre-interieur-examine-homologue-finlandais-moyens-renforcer';

/** A throwaway copy of an edition that a test can change one file at a time. */
export type ContentCopy = {
  root: string;
  file: (path: string) => string;
  edit: (path: string, change: (json: Record<string, unknown>) => void) => void;
  write: (path: string, text: string) => void;
  remove: (path: string) => void;
};

export function copyOfContent(source: string): ContentCopy {
  const root = mkdtempSync(join(tmpdir(), 'kiosque-content-'));
  cpSync(join(source, 'edition.json'), join(root, 'edition.json'));
  cpSync(join(source, 'topics.json'), join(root, 'topics.json'));
  cpSync(join(source, 'articles'), join(root, 'articles'), { recursive: true });
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
