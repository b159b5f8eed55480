import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteOrigin } from '../src/shared/site.ts';

// Readers of the published edition's content, so that tests find their addresses, headlines and
// words in the content rather than assume them. KIOSQUE_CONTENT names another copy of it (the
// newsroom-day run, scripts/newsroom-day.ts), as it does for the build.

const CONTENT = resolve(import.meta.dirname, '..', process.env.KIOSQUE_CONTENT ?? 'content');
const contentFile = (path: string) => join(CONTENT, path);

type Version = {
  slug: string;
  headline: string;
  standfirst?: string;
  blocks: { id: string; type: string; text: string }[];
};

/** The committed content, read as the editors wrote it. */
export function story(id: string, lang: 'fr' | 'en'): Version {
  return JSON.parse(readFileSync(contentFile(`articles/${id}/${lang}.json`), 'utf8')) as Version;
}

type Meta = {
  id: string;
  originalLanguage: 'fr' | 'en';
  kind: 'dispatch' | 'explainer';
  topics: string[];
  related: string[];
};

const articlesDir = contentFile('articles/');

function meta(id: string): Meta {
  return JSON.parse(readFileSync(join(articlesDir, id, 'meta.json'), 'utf8')) as Meta;
}

export function relatedIds(id: string): string[] {
  return meta(id).related;
}

/**
 * Every story of the published edition, as the editors left it: tests of the real edition work
 * from this and from the lead, never from a count typed by hand.
 */
export function editionStories(): (Meta & { languages: ('fr' | 'en')[] })[] {
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const files = readdirSync(join(articlesDir, entry.name));
      return {
        ...meta(entry.name),
        languages: (['fr', 'en'] as const).filter((lang) => files.includes(`${lang}.json`)),
      };
    });
}

/** Every word the edition's stories say, in every version, lower-cased: what a test looks a word up in. */
export function editionWords(): Set<string> {
  const texts = editionStories().flatMap(({ id, languages }) =>
    languages.flatMap((lang) => {
      const { headline, standfirst = '', blocks } = story(id, lang);
      return [headline, standfirst, ...blocks.map((block) => block.text)];
    }),
  );
  return new Set(
    texts
      .join(' ')
      .toLocaleLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
}

export const LEAD_ID = (JSON.parse(readFileSync(contentFile('edition.json'), 'utf8')) as { lead: string }).lead;

/** The language of the version a reader of `lang` gets: `lang` where the story has it, else its original's. */
export function versionLanguage(id: string, lang: 'fr' | 'en'): 'fr' | 'en' {
  const files = readdirSync(join(articlesDir, id));
  return files.includes(`${lang}.json`) ? lang : meta(id).originalLanguage;
}

/** The version a reader of `lang` gets: the story's own in that language, else its original. */
export function versionIn(id: string, lang: 'fr' | 'en'): Version {
  return story(id, versionLanguage(id, lang));
}

/** The headline a reader of `lang` sees for a story: its version in that language, else the original. */
export function headlineIn(id: string, lang: 'fr' | 'en'): string {
  return versionIn(id, lang).headline;
}

/** A story's address for a reader of `lang`, from its slug there (the original's where it has no translation). */
export function articlePath(id: string, lang: 'fr' | 'en'): string {
  return `/${lang}/articles/${versionIn(id, lang).slug}`;
}

export type Topic = { id: string; names: Record<'fr' | 'en', string>; slugs: Record<'fr' | 'en', string> };

/** The topics a story is filed under, as content/topics.json names them, in the story's order. */
export function topicsOf(id: string): Topic[] {
  const topics = JSON.parse(readFileSync(contentFile('topics.json'), 'utf8')) as Topic[];
  return meta(id).topics.map((topicId) => {
    const topic = topics.find((candidate) => candidate.id === topicId);
    if (!topic) throw new Error(`unknown topic ${topicId}`);
    return topic;
  });
}

/** The origin the build names in canonical URLs and shares (KIOSQUE_SITE_URL, by default `npm start`'s address). */
export const SITE = siteOrigin(process.env.KIOSQUE_SITE_URL);

export const SEED_ID = 'ministre-interieur-examine-homologue-finlandais-moyens-renforcer';
export const READ_ALSO_ID = 'relations-culturelles-rabat-caire-ancrees-histoire';
export const SEED_TEXT = readFileSync(contentFile('wire/000_1a30d88766c2ef44.txt'), 'utf8');
