import { spelledOut } from '../src/content-api/search.ts';
import { markedWords } from '../src/features/search/excerpt.ts';
import { queryWords, wordsMatched } from '../src/features/search/matchedWords.ts';
import { withTypedWordsShown, type PagefindData } from '../src/features/search/pagefind.ts';
import { articlePath, editionStories, story } from './edition.ts';
import { expect, openPage, test } from './fixtures.ts';
import { SEARCH_ENGINE_STARTS } from './patience.ts';

// Search, by property over the published edition: every word of a story's text, searched in its
// own language, finds that story, and the excerpt the reader is shown marks the word. Pagefind runs
// in the page, on the build's index, as the search page runs it; what the app makes of its answer
// (which words it marked, and the excerpt shown, features/search/pagefind.ts) is run here on it.

const LANGS = ['fr', 'en'] as const;
type Lang = (typeof LANGS)[number];

/**
 * The words a reader could type from a version's text (its headline, standfirst and paragraphs; a
 * read-also line is another story's headline): letters and digits, two at least, each once; a word
 * with a ligature also as readers type it, spelled out ("coeur" for "cœur").
 */
function wordsOf(id: string, lang: Lang): string[] {
  const { headline, standfirst = '', blocks } = story(id, lang);
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);
  const text = [headline, standfirst, ...paragraphs].join(' ');
  return [
    ...new Set(
      text
        .normalize('NFC')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 2)
        .flatMap((word) => (spelledOut(word) === word ? [word] : [word, spelledOut(word)])),
    ),
  ];
}

type Answer = { word: string; data: PagefindData | null };

/**
 * In the page: Pagefind on `lang`'s index, every part merged as the app merges them, asked each of `words`; the record
 * at `url` as it answers.
 */
async function searchEach({ lang, words, url }: { lang: Lang; words: string[]; url: string }): Promise<Answer[]> {
  const base = `/pagefind/${lang}/`;
  const library = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as {
    createInstance: (options: { basePath: string }) => {
      options: (options: { excerptLength: number }) => Promise<void>;
      mergeIndex: (path: string, options: { language: string; mergeFilter: Record<string, string> }) => Promise<void>;
      search: (term: string) => Promise<{ results: { data: () => Promise<PagefindData> }[] } | null>;
    };
  };
  const pagefind = library.createInstance({ basePath: base });
  await pagefind.options({ excerptLength: 24 });
  const parts = (await (await fetch(`${base}parts.json`)).json()) as { path: string; filter: string }[];
  for (const part of parts)
    await pagefind.mergeIndex(`${base}${part.path}`, { language: lang, mergeFilter: { part: part.filter } });
  const answers: Answer[] = [];
  for (const word of words) {
    const found = await pagefind.search(word);
    const data = await Promise.all((found?.results ?? []).map((result) => result.data()));
    answers.push({ word, data: data.find((record) => record.url === url) ?? null });
  }
  return answers;
}

for (const lang of LANGS) {
  test(`${lang}: every word of each story, searched in its language, finds the story and is marked in its excerpt`, async ({
    page,
  }) => {
    test.setTimeout(SEARCH_ENGINE_STARTS * 4);
    await openPage(page, `/${lang}/`);
    const failures: string[] = [];
    for (const { id, languages } of editionStories().filter((one) => one.languages.includes(lang))) {
      if (!languages.includes(lang)) continue;
      const url = articlePath(id, lang);
      const answers = await page.evaluate(searchEach, { lang, words: wordsOf(id, lang), url });
      for (const { word, data } of answers) {
        const typed = queryWords(word);
        if (!data) failures.push(`${word}: ${id} not found`);
        else if (!wordsMatched(markedWords(withTypedWordsShown(data, typed).excerpt), typed).size)
          failures.push(`${word}: not marked in ${id}'s excerpt`);
      }
    }
    expect(failures).toEqual([]);
  });
}
