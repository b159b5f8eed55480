import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfContent, SEED_ID } from './testing/fixture.ts';

function build(contentRoot: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'kiosque-dist-'));
  return spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, KIOSQUE_CONTENT: contentRoot },
    encoding: 'utf8',
  });
}

describe('the build', () => {
  it('fails on broken content, naming the file and the field', () => {
    const content = copyOfContent();
    content.edit(`articles/${SEED_ID}/en.json`, (json) => {
      (json.blocks as { text?: unknown }[])[4]!.text = null;
    });
    const result = build(content.root);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`articles/${SEED_ID}/en.json: blocks[4].text:`);
  }, 60_000);
});
