import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFromContent } from './manifestFromContent.ts';
import { storiesSitemap } from './sitemap.ts';
import { findContentProblems } from '../content/inspect.ts';
import { importWireCopy } from '../wire/importWireCopy.ts';
import { loadContent } from '../content/load.ts';
import { articleResourcePath, frontPageResourcePath } from '../../src/content-api/paths.ts';
import type { ArticleResource, FrontPageView } from '../../src/content-api/published.ts';
import type { EditionManifest } from './manifest.ts';
import { readingMinutes } from './readingTime.ts';
import { editionViolations } from '../testing/editionProperties.ts';
import { CONTENT_ROOT, copyOfContent, FROZEN_EDITION } from '../testing/fixture.ts';

const ORIGIN = 'https://kiosque.example';

const violations = (root: string) => editionViolations(root, manifestFromContent(root, ORIGIN).files, ORIGIN);

function dispatchFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kiosque-dispatch-')), 'depeche.txt');
  writeFileSync(file, text);
  return file;
}

describe('the published edition, by properties that hold for any edition', () => {
  it('opens every story in every language, reaches every story from both front pages (lead first), lists every page in the sitemap and resolves every link', () => {
    expect(violations(CONTENT_ROOT)).toEqual([]);
  });

  it('still holds once an editor imports a new dispatch that nobody links to', () => {
    const copy = copyOfContent(CONTENT_ROOT);
    const [linked] = loadContent(copy.root).articles.flatMap((article) =>
      article.versions.fr ? [article.versions.fr.headline] : [],
    );
    const file = dispatchFile(
      `Une dépêche arrivée ce matin\nSon premier paragraphe.\nSon second paragraphe.\n>>Lire aussi : ${linked}\n`,
    );
    importWireCopy(file, { root: copy.root, lang: 'fr', kind: 'dispatch', topics: ['morocco'] });
    expect(findContentProblems(copy.root)).toEqual([]);
    expect(violations(copy.root)).toEqual([]);
    expect(loadContent(copy.root).articles).toHaveLength(loadContent(CONTENT_ROOT).articles.length + 1);
  });

  it('still holds once an editor changes the lead', () => {
    const copy = copyOfContent(CONTENT_ROOT);
    const { articles, edition } = loadContent(copy.root);
    const other = articles.find((article) => article.meta.id !== edition?.lead);
    if (!other) throw new Error('the edition has a single story');
    copy.edit('edition.json', (json) => {
      json.lead = other.meta.id;
    });
    expect(violations(copy.root)).toEqual([]);
  });

  it('holds for the frozen test edition, which has a story in one language only', () => {
    expect(violations(FROZEN_EDITION)).toEqual([]);
  });

  // A publish compares pages by their data files' digests (pipeline/deploy/buildState.ts).
  it('publishes the data of each page in its data files, exactly as the page renders from it', () => {
    for (const root of [CONTENT_ROOT, FROZEN_EDITION]) {
      const { pages, files } = manifestFromContent(root, ORIGIN);
      for (const page of pages) {
        expect(page.dataFiles, page.route).toHaveLength(page.queries.length);
        page.queries.forEach(({ data }, at) =>
          expect(files.get(page.dataFiles[at] ?? '')?.(), page.route).toBe(JSON.stringify(data())),
        );
      }
    }
  });
});

describe('a publish, from the work the last build kept', () => {
  it('gives each story the reading time of the words counted for its file, not counted again', () => {
    const first = manifestFromContent(FROZEN_EDITION, ORIGIN);
    // Counts no text of the edition has: only the kept work can give them.
    const readingWords = new Map([...first.kept.readingWords.keys()].map((digest) => [digest, 2200]));
    const again = manifestFromContent(FROZEN_EDITION, ORIGIN, { kept: { ...first.kept, readingWords } });
    const minutes = (manifest: EditionManifest) => {
      const resource = JSON.parse(manifest.files.get(articleResourcePath('fr', 'depeche-alpha'))!()) as ArticleResource;
      return resource.type === 'article' ? resource.article.readingMinutes : undefined;
    };
    expect(minutes(first)).toBeLessThan(readingMinutes(2200, 'fr'));
    expect(minutes(again)).toBe(readingMinutes(2200, 'fr'));
    expect(again.kept.readingWords).toEqual(readingWords);
  });
});

describe('editionViolations', () => {
  it('names a story that does not open, one the front page misses and a sitemap that forgets a page', () => {
    const { files } = manifestFromContent(FROZEN_EDITION, ORIGIN);
    files.delete(articleResourcePath('en', 'beta-background'));
    const front = JSON.parse(files.get(frontPageResourcePath('fr', 1))!()) as FrontPageView;
    files.set(frontPageResourcePath('fr', 1), () =>
      JSON.stringify({ ...front, stories: front.stories.filter((story) => story.id !== 'depeche-delta') }),
    );
    const stories = storiesSitemap(1);
    const sitemap = files.get(stories)!();
    files.set(stories, () => sitemap.replace(`${ORIGIN}/fr/articles/contexte-gamma<`, '<'));
    expect(editionViolations(FROZEN_EDITION, files, ORIGIN)).toEqual([
      'contexte-beta does not open in en at beta-background',
      'contexte-gamma (en) links to contexte-beta, which does not open at beta-background',
      'depeche-alpha (en) links to contexte-beta, which does not open at beta-background',
      'depeche-delta (en) links to contexte-beta, which does not open at beta-background',
      'the fr front pages never reach depeche-delta',
      'the fr front pages list 3 stories for 4',
      'the en front page links to contexte-beta, which does not open at beta-background',
      'the sitemap does not list /fr/articles/contexte-gamma',
    ]);
  });
});
