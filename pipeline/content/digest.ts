import { createHash } from 'node:crypto';

/** A short digest of `text` (22 characters, 132 bits): what the build names content and files by. */
export const digestOf = (...texts: (string | Buffer)[]): string => {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('base64url').slice(0, 22);
};
