export const fr = {
  site: {
    name: 'Kiosque',
    tagline: 'L’actualité en français et en anglais',
  },
  nav: {
    skipToContent: 'Aller au contenu',
    frontPage: 'À la une',
    home: 'Accueil de Kiosque',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  kind: {
    dispatch: 'Dépêche',
    explainer: 'Contexte',
  },
  front: {
    title: 'À la une',
    heading: 'À la une',
    pages: 'Pages de la une',
    pageOf: 'Page {{page}} sur {{count}}',
    previous: 'Page précédente',
    next: 'Page suivante',
  },
  article: {
    readAlso: 'Lire aussi',
    related: 'Sur le même sujet',
    source: 'Source : {{credit}}',
    translatedFrom_fr: 'Traduit du français',
    translatedFrom_en: 'Traduit de l’anglais',
    backgroundNote:
      'Article de contexte rédigé par Kiosque : il rappelle des faits établis pour éclairer l’actualité et ne contient aucune déclaration inédite.',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette adresse ne mène à aucune page de Kiosque. L’article a peut-être changé d’adresse, ou le lien est incomplet.',
    home: 'Retour à la une',
  },
  error: {
    title: 'Le chargement a échoué',
    body: 'La page n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez.',
    retry: 'Réessayer',
  },
  announce: {
    navigated: 'Page chargée : {{title}}',
  },
} as const;
