import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headlinesIn } from '../content/load.ts';
import { copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';
import { keptHeadlinesIn } from './keptHeadlines.ts';

type KeptFile = { readAt: number; stories: [string, unknown, string | null][] };

/** The content copied, and a first import's headlines kept in a folder of their own. */
function keptOnce() {
  const content = copyOfContent(FROZEN_EDITION);
  const cache = mkdtempSync(join(tmpdir(), 'kiosque-headlines-'));
  const first = keptHeadlinesIn(content.root, 'fr', cache);
  const [name = ''] = readdirSync(cache);
  const file = join(cache, name);
  /** Rewrites what was kept: as if read an hour after the files last changed (the 2-second rule then trusts them). */
  const keptLater = (change: (kept: KeptFile) => void = () => undefined) => {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptFile;
    kept.readAt = Date.now() + 3_600_000;
    change(kept);
    writeFileSync(file, JSON.stringify(kept));
  };
  return { content, cache, first, file, keptLater };
}

describe('the headlines an import compares with', () => {
  it('are every story’s headline in the language, as read from the files', () => {
    const { content, first } = keptOnce();
    expect(first).toEqual(headlinesIn(content.root, 'fr'));
    expect(first.get('depeche-alpha')).toBeDefined();
  });

  it('are taken from what the last import kept when a story’s file is as it was, without reading it', () => {
    const { content, cache, keptLater } = keptOnce();
    keptLater((kept) => {
      const alpha = kept.stories.find(([folder]) => folder === 'depeche-alpha');
      if (alpha) alpha[2] = 'Kept, not read';
    });
    expect(keptHeadlinesIn(content.root, 'fr', cache).get('depeche-alpha')).toBe('Kept, not read');
  });

  it('are read again from a file changed since, and follow the stories added and withdrawn', () => {
    const { content, cache, keptLater } = keptOnce();
    keptLater();
    content.edit('articles/depeche-alpha/fr.json', (json) => (json.headline = 'Un titre changé depuis'));
    content.remove('articles/contexte-beta');
    const now = keptHeadlinesIn(content.root, 'fr', cache);
    expect(now.get('depeche-alpha')).toBe('Un titre changé depuis');
    expect(now.has('contexte-beta')).toBe(false);
    expect(now).toEqual(headlinesIn(content.root, 'fr'));
  });

  it('are read from the files when what was kept is cut short', () => {
    const { content, cache, file } = keptOnce();
    writeFileSync(file, '{"readAt": 1, "stories": [["depeche-al');
    expect(keptHeadlinesIn(content.root, 'fr', cache)).toEqual(headlinesIn(content.root, 'fr'));
  });
});
