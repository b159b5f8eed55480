import { createHash } from 'node:crypto';

/**
 * A short digest (22 characters, 132 bits) of a sequence of texts, each followed by a NUL: what the build names content
 * and files by. Takes any iterable, since an edition's stamp digests hundreds of thousands of texts (too many to
 * spread as arguments).
 */
export function digestOfEach(texts: Iterable<string | Buffer>): string {
  const hash = createHash('sha256');
  // Strings are handed to the hash in runs of up to 64 KiB: the same bytes, in far fewer calls (an edition's stamp
  // digests hundreds of thousands of texts).
  let run = '';
  for (const text of texts) {
    if (typeof text !== 'string') {
      hash.update(run).update(text).update('\0');
      run = '';
      continue;
    }
    run += `${text}\0`;
    if (run.length >= RUN_LENGTH) {
      hash.update(run);
      run = '';
    }
  }
  return hash.update(run).digest('base64url').slice(0, 22);
}

const RUN_LENGTH = 65_536;

/** The digest of a few texts (digestOfEach). */
export const digestOf = (...texts: (string | Buffer)[]): string => digestOfEach(texts);
