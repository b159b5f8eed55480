import type { Lang } from '../../src/i18n/languages.ts';

/** Another language's slug, under `lang`'s addresses, that answers with a permanent redirect to `lang`'s own. */
export type SlugRedirect = { lang: Lang; from: string; to: string };
