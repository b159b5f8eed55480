import { createHash } from 'node:crypto';

/**
 * A short digest (22 characters, 132 bits) of a sequence of texts, each followed by a NUL: what the build names content
 * and files by. Takes any iterable, since an edition's stamp digests hundreds of thousands of texts (too many to
 * spread as arguments).
 */
export function digestOfEach(texts: Iterable<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('base64url').slice(0, 22);
}

/** The digest of a few texts (digestOfEach). */
export const digestOf = (...texts: (string | Buffer)[]): string => digestOfEach(texts);
