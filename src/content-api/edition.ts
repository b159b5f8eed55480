// The live edition's stamp (`/edition.json`), which every build writes: the browser asks for it to
// learn that an edition was published since its page was loaded (see liveEdition.ts).

/**
 * Where the stamp lives, under the site's root: outside /content/, so that the service worker leaves it to the network.
 */
export const EDITION_STAMP_PATH = 'edition.json';

export type EditionStamp = {
  /** A digest of everything the edition publishes, its code included: a publish that changes anything changes it. */
  edition: string;
  /** The app's entry chunk, which every page of the edition loads: another name is another version of the code. */
  code: string;
};

/**
 * The Server-Timing metric the production server names each answer's edition with
 * (`Server-Timing: edition;desc=<edition>`, deploy/nginx/), so that a page knows which edition it
 * is, whether the network or a saved copy answered.
 */
export const EDITION_TIMING = 'edition';

/** The Server-Timing metric the service worker adds to a page it answers with a saved copy (src/offline/). */
export const SAVED_COPY_TIMING = 'saved';

export function isEditionStamp(value: unknown): value is EditionStamp {
  if (typeof value !== 'object' || value === null) return false;
  const { edition, code } = value as Record<string, unknown>;
  return typeof edition === 'string' && typeof code === 'string';
}
