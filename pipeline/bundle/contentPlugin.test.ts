import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';

function build(contentRoot: string, ...options: string[]) {
  const outDir = mkdtempSync(join(tmpdir(), 'kiosque-dist-'));
  return spawnSync('npx', ['vite', 'build', ...options, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, KIOSQUE_CONTENT: contentRoot },
    encoding: 'utf8',
  });
}

describe('the build', () => {
  it('fails on broken content, naming the file and the field', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit('articles/depeche-alpha/en.json', (json) => {
      (json.blocks as { text?: unknown }[])[3]!.text = null;
    });
    const result = build(content.root);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('articles/depeche-alpha/en.json: blocks[3].text:');
  }, 60_000);

  it('checks the content in the client build only: the server build, which publishes nothing, does not read it', () => {
    const content = copyOfContent(FROZEN_EDITION);
    content.edit('articles/depeche-alpha/en.json', (json) => {
      (json.blocks as { text?: unknown }[])[3]!.text = null;
    });
    const result = build(content.root, '--ssr', 'src/app/entry-server.tsx');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});
