import { perLang, type Lang } from '../../content/languages.ts';
import { frontPageUrl } from '../../content/paths.ts';
import type { Head } from '../../ui/head.ts';
import { pageHead } from '../../ui/pageHead.ts';

/** The front page's head; `/`, which sends each reader to their language, is its x-default. */
export function frontPageHead({ lang, page, title, description }: { lang: Lang; page: number; title: string; description: string }): Head {
  return pageHead({
    lang,
    title,
    description,
    path: frontPageUrl(lang, page),
    alternates: perLang((l) => frontPageUrl(l, page)),
    xDefault: '/',
    type: 'website',
  });
}
