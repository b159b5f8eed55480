import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A generated edition for the scale benchmark: clearly synthetic text, never published.

// The most frequent words of each language, then a long tail of invented ones: words are drawn with
// a frequency that falls with their rank (Zipf's law, as in real text), so that the head is in every
// story, as function words are, and most words are in few. The index then splits as a real
// edition's would, instead of every word being in every story.
const FR_HEAD =
  'le la les un une des ministre coopération sécurité région accord rencontre pays dialogue projet échange économie culture frontière réforme stratégie partenaires développement jeunesse université'.split(
    ' ',
  );
const EN_HEAD =
  'the a an minister cooperation security region agreement meeting country dialogue project exchange economy culture border reform strategy partners development youth university'.split(
    ' ',
  );
const TAIL_SIZE = 6000;

/** A small deterministic generator, so that every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Syllables no name uses (see syntheticName), so that a name query finds its story and no other.
const TAIL_SYLLABLES = [
  'bo',
  'fu',
  'gri',
  'pla',
  'tre',
  'zon',
  'mar',
  'qui',
  'bel',
  'dro',
  'sto',
  'vek',
  'pen',
  'lur',
  'cha',
  'tis',
];

function tail(seed: number): string[] {
  const next = random(seed);
  const words = new Set<string>();
  while (words.size < TAIL_SIZE) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => TAIL_SYLLABLES[Math.floor(next() * TAIL_SYLLABLES.length)]).join(''));
  }
  return [...words];
}

const VOCABULARY = { fr: [...FR_HEAD, ...tail(1)], en: [...EN_HEAD, ...tail(2)] };

/** The word of rank k (from 0) drawn with probability about 1/(k + 1): ranks are log-uniform. */
function zipfWord(words: string[], next: () => number): string {
  return words[Math.floor(Math.exp(next() * Math.log(words.length + 1))) - 1] ?? 'x';
}

function sentence(words: string[], next: () => number, length: number): string {
  const text = Array.from({ length }, () => zipfWord(words, next)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraphs(words: string[], seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: 5 }, () =>
    Array.from({ length: 4 }, () => sentence(words, next, 8 + Math.floor(next() * 10))).join(' '),
  );
}

const pad = (n: number) => String(n).padStart(6, '0');

/**
 * Twelve topics, two per story (a topic gathers a twelfth of the edition or so), and one every story has, whose pages
 * run long.
 */
const TOPICS = [
  { id: 'general', names: { fr: 'Actualité', en: 'News' }, slugs: { fr: 'actualite', en: 'news' } },
  ...Array.from({ length: 12 }, (_, index) => ({
    id: `topic-${index + 1}`,
    names: { fr: `Sujet ${index + 1}`, en: `Topic ${index + 1}` },
    slugs: { fr: `sujet-${index + 1}`, en: `topic-${index + 1}` },
  })),
];
const topicsOf = (n: number) => [...new Set(['general', `topic-${(n % 12) + 1}`, `topic-${((n * 7) % 12) + 1}`])];

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'su', 'no', 'vi', 'de', 'sa'];

/**
 * The name a story is about (a person, a place), the same in both languages, as real news names
 * people and places: built from the story's number, so that each is rare, as names are in a corpus.
 */
export function syntheticName(n: number): string {
  const name = [...String(n)].map((digit) => SYLLABLES[Number(digit)] ?? '').join('');
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

function version(lang: 'fr' | 'en', n: number, total: number) {
  const words = VOCABULARY[lang];
  const [opening = '', ...rest] = paragraphs(words, n * 2 + (lang === 'fr' ? 0 : 1));
  const first = `${opening} ${lang === 'fr' ? 'Rencontre avec' : 'Meeting with'} ${syntheticName(n)}.`;
  const target = `synthetic-${pad((n % total) + 1)}`;
  return {
    slug: lang === 'fr' ? `depeche-synthetique-${pad(n)}` : `synthetic-dispatch-${pad(n)}`,
    headline: lang === 'fr' ? `Dépêche synthétique n° ${n}` : `Synthetic dispatch no. ${n}`,
    credit: lang === 'fr' ? 'Banc d’essai Kiosque' : 'Kiosque test bench',
    blocks: [
      { type: 'paragraph', id: 'p1', text: first },
      {
        type: 'readAlso',
        id: 'r1',
        target,
        text: lang === 'fr' ? `Dépêche synthétique n° ${(n % total) + 1}` : `Synthetic dispatch no. ${(n % total) + 1}`,
      },
      ...rest.map((text, index) => ({ type: 'paragraph', id: `p${index + 2}`, text })),
    ],
  };
}

/**
 * Thirty stories a day, story 1 the newest on 1 January 2026: the edition's order (newest first, then by id) is the
 * stories' numbers.
 */
function publishedDay(n: number): string {
  return new Date(Date.UTC(2026, 0, 1) - Math.floor((n - 1) / 30) * 86_400_000).toISOString().slice(0, 10);
}

/** Writes `total` synthetic stories, each in French and English, into `root` (a new temporary folder by default). */
export function writeSyntheticEdition(
  total: number,
  root = mkdtempSync(join(tmpdir(), `kiosque-synthetic-${total}-`)),
): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'edition.json'), JSON.stringify({ lead: `synthetic-${pad(1)}` }));
  writeFileSync(join(root, 'topics.json'), JSON.stringify(TOPICS));
  for (let n = 1; n <= total; n += 1) {
    const dir = join(root, 'articles', `synthetic-${pad(n)}`);
    mkdirSync(dir, { recursive: true });
    const related = total > 1 ? [`synthetic-${pad((n % total) + 1)}`] : [];
    writeFileSync(
      join(dir, 'meta.json'),
      JSON.stringify({
        id: `synthetic-${pad(n)}`,
        originalLanguage: 'fr',
        kind: 'dispatch',
        published: publishedDay(n),
        topics: topicsOf(n),
        related,
      }),
    );
    writeFileSync(join(dir, 'fr.json'), JSON.stringify(version('fr', n, total)));
    writeFileSync(join(dir, 'en.json'), JSON.stringify(version('en', n, total)));
  }
  return root;
}
