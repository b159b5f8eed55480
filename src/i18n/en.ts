import type { Strings } from './strings';

export const en: Strings = {
  site: {
    name: 'Kiosque',
    tagline: 'The news in French and English',
  },
  nav: {
    skipToContent: 'Skip to content',
    frontPage: 'Front page',
    home: 'Kiosque home',
  },
  language: {
    label: 'Language',
    fr: 'Français',
    en: 'English',
  },
  kind: {
    dispatch: 'Dispatch',
    explainer: 'Background',
  },
  front: {
    title: 'Front page',
    heading: 'Top stories',
    pages: 'Front page pages',
    pageOf: 'Page {{page}} of {{count}}',
    previous: 'Previous page',
    next: 'Next page',
  },
  article: {
    readAlso: 'Read also',
    related: 'Related stories',
    source: 'Source: {{credit}}',
    translatedFrom_fr: 'Translated from French',
    translatedFrom_en: 'Translated from English',
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
  announce: {
    navigated: 'Page loaded: {{title}}',
  },
};
