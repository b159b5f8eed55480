import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestOf, digestOfEach } from './digest.ts';

/** The digest as its definition says: each text, then a NUL, one after the other. */
function byDefinition(texts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('base64url').slice(0, 22);
}

describe('digests', () => {
  it('digest each text followed by a NUL, whether texts come few or by the hundred thousand', () => {
    const many = Array.from({ length: 20_000 }, (_, n) => `page ${n} — dépêche « ${n} »`);
    const texts = [...many.slice(0, 9_000), Buffer.from('a file\u0000'), 'x'.repeat(70_000), '', ...many.slice(9_000)];
    expect(digestOfEach(texts)).toBe(byDefinition(texts));
    expect(digestOf('fr', 'https://kiosque.example')).toBe(byDefinition(['fr', 'https://kiosque.example']));
    expect(digestOfEach([])).toBe(byDefinition([]));
  });

  it('tell apart texts cut at different places', () => {
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
  });
});
