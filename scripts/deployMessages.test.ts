import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What `npm run deploy` says of a site folder with no edition in it, or none at all: a mistyped --site is told, not
// passed over in silence (the editions themselves are proven through nginx in deploy.test.ts).

const deploy = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts', ...args], { encoding: 'utf8' });

describe('npm run deploy on a site with no edition', () => {
  const empty = mkdtempSync(join(tmpdir(), 'kiosque-empty-site-'));
  const missing = join(empty, 'no-such-site');

  it('--list says the folder does not exist, or that it holds no edition yet', () => {
    const none = deploy('--site', missing, '--list');
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(`deploy: ${missing}: there is no such folder, so no edition`);
    const yet = deploy('--site', empty, '--list');
    expect(yet.status).toBe(0);
    expect(yet.stdout).toContain(`deploy: no edition in ${empty} yet`);
  });

  it('--rollback says that no edition is live', () => {
    const result = deploy('--site', missing, '--rollback');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`deploy: no edition of ${missing} is live: nothing to roll back`);
  });
});
