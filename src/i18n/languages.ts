export const LANGS = ['fr', 'en'] as const;

export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** One value per language, e.g. the URL of a page in each. */
export function perLang<T>(valueFor: (lang: Lang) => T): Record<Lang, T> {
  return { fr: valueFor('fr'), en: valueFor('en') };
}
