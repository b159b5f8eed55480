import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Lang } from './languages.ts';

// What differs by language for the build (heads, feeds, imports, reading times), one typed record
// per language. Only the build reads it: browser code must not import it, or every language's
// interface strings would ship with the app (npm run check:sizes would fail). Words a reader also
// sees in the interface are taken from the strings, not written again.

export type LanguageConfig = {
  /** Open Graph locale of pages in this language. */
  ogLocale: string;
  /** Average silent reading speed of non-fiction, in words per minute (for reading times). */
  wordsPerMinute: number;
  /** The edition's wire source, credited when an import names none. */
  wireCredit: string;
  /** How wire copy in this language introduces a related story, as in ">>Lire aussi : <headline>". */
  readAlsoLabel: string;
  /** What search engines and link previews say of the site, and the front page's title. */
  siteDescription: string;
  frontPageTitle: string;
  /** The title of the language's feed of the latest stories. */
  feedTitle: string;
  /** What search engines and link previews say of a topic's page. */
  topicDescription: (topic: string) => string;
};

// Reading speeds: Brysbaert (2019) for English, Trauzettel-Klosinski et al. (2012) for French.
export const LANGUAGE_CONFIG: Record<Lang, LanguageConfig> = {
  fr: {
    ogLocale: 'fr_FR',
    wordsPerMinute: 195,
    wireCredit: 'Presse marocaine',
    readAlsoLabel: fr.article.readAlso,
    siteDescription:
      'Kiosque, l’actualité en français et en anglais : chaque article dans les deux langues, côte à côte si vous le souhaitez.',
    frontPageTitle: fr.front.heading,
    feedTitle: 'Kiosque — À la une',
    topicDescription: (topic) => `Les articles de Kiosque sur le sujet « ${topic} », en français et en anglais.`,
  },
  en: {
    ogLocale: 'en_GB',
    wordsPerMinute: 238,
    wireCredit: 'Moroccan press',
    readAlsoLabel: en.article.readAlso,
    siteDescription:
      'Kiosque, the news in French and English: every story in both languages, side by side if you like.',
    frontPageTitle: en.front.heading,
    feedTitle: 'Kiosque — Top stories',
    topicDescription: (topic) => `Kiosque's stories on ${topic}, in French and English.`,
  },
};
