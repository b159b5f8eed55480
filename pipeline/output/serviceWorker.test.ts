import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeServiceWorker } from './serviceWorker.ts';

type Entry = { url: string; revision: string | null; integrity?: string };

/** A build folder with a shell, two chunks of this build and one an earlier deploy kept, and a compiled worker. */
function build() {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-sw-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kiosque</title>');
  for (const chunk of ['app-new.js', 'pages-new.js', 'app-old.js'])
    writeFileSync(join(dir, 'assets', chunk), `// ${chunk}`);
  const worker = join(dir, 'compiled.js');
  writeFileSync(worker, 'precache(self.__WB_MANIFEST);');
  return { dir, worker };
}

function entriesOf(dir: string): Entry[] {
  const written = readFileSync(join(dir, 'sw.js'), 'utf8');
  return JSON.parse(written.replace(/^precache\((.*)\);$/, '$1')) as Entry[];
}

describe('writeServiceWorker', () => {
  it('saves this build’s chunks, not those an earlier deploy kept beside them', () => {
    const { dir, worker } = build();
    writeServiceWorker(dir, [], ['assets/app-new.js', 'assets/pages-new.js'], worker);
    const urls = entriesOf(dir).map((entry) => entry.url);
    expect(urls).toEqual(expect.arrayContaining(['assets/app-new.js', 'assets/pages-new.js', 'index.html']));
    expect(urls).not.toContain('assets/app-old.js');
  });

  it('lists each file that changes under its name with the hash of its bytes, which the browser checks', () => {
    const { dir, worker } = build();
    writeServiceWorker(dir, [], ['assets/app-new.js'], worker);
    const shell = entriesOf(dir).find((entry) => entry.url === 'index.html');
    const hash = createHash('sha256')
      .update(readFileSync(join(dir, 'index.html')))
      .digest();
    expect(shell).toEqual({
      url: 'index.html',
      revision: hash.toString('hex').slice(0, 32),
      integrity: `sha256-${hash.toString('base64')}`,
    });
    expect(entriesOf(dir).find((entry) => entry.url === 'assets/app-new.js')).toEqual({
      url: 'assets/app-new.js',
      revision: null,
    });
  });
});
