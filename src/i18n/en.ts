import type { Strings } from './strings.ts';

export const en: Strings = {
  site: {
    name: 'Kiosque',
    tagline: 'The news in French and English',
  },
  nav: {
    skipToContent: 'Skip to content',
    frontPage: 'Front page',
    home: 'Kiosque home',
    loading: 'Loading the page',
  },
  language: {
    label: 'Language',
    self: 'English',
    notTranslated: 'not translated',
  },
  display: {
    label: 'Display',
    textSize: 'Text size',
    textSize_small: 'Small',
    textSize_medium: 'Medium',
    textSize_large: 'Large',
    theme: 'Theme',
    theme_auto: 'Automatic',
    theme_light: 'Light',
    theme_dark: 'Dark',
  },
  kind: {
    dispatch: 'Dispatch',
    explainer: 'Background',
  },
  reading: {
    mode: 'Reading mode',
    single: 'One language',
    sideBySide: 'Side by side',
    showTranslation: 'Show translation',
    hideTranslation: 'Hide translation',
  },
  share: {
    button: 'Share',
    copied: 'Link copied to the clipboard',
    failed: 'Could not copy: select the link below',
    link: 'Link to this story',
  },
  front: {
    heading: 'Top stories',
    pages: 'Front page pages',
    pageOf: 'Page {{page}} of {{count}}',
    previous: 'Previous page',
    next: 'Next page',
  },
  topic: {
    kicker: 'Topic',
    pages: 'Pages of the topic {{topic}}',
  },
  article: {
    topics: 'Topics',
    readAlso: 'Read also',
    related: 'Related stories',
    source: 'Source: {{credit}}',
    translatedFrom_fr: 'Translated from French',
    translatedFrom_en: 'Translated from English',
    readOriginal: 'Read the original',
    onlyIn_fr: 'This story is available in French only.',
    onlyIn_en: 'This story is available in English only.',
    readingTime_one: 'Reading time: {{count}} minute',
    readingTime_other: 'Reading time: {{count}} minutes',
    inLanguage_fr: 'In French',
    inLanguage_en: 'In English',
    backgroundNote:
      'A background piece written by Kiosque: it sets out established facts to put the news in context and contains no new statements.',
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not lead to any Kiosque page. The story may have moved, or the link may be incomplete.',
    home: 'Back to the front page',
  },
  error: {
    title: 'This page could not be loaded',
    body: 'Something went wrong while loading the page. Check your connection, then try again.',
    retry: 'Try again',
  },
  offline: {
    title: 'You are offline',
    body: 'This page is not saved on this device yet. It will open by itself as soon as the connection is back.',
    saved: 'Stories you have already read are still available.',
  },
  announce: {
    navigated: 'Page loaded: {{title}}',
  },
};
