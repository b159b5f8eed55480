import { absoluteUrl } from '../content-api/paths.ts';

/** The public origin (no trailing slash), fixed at build time from KIOSQUE_SITE_URL. */
const SITE_URL: string = import.meta.env.KIOSQUE_SITE_URL ?? 'http://localhost:4173';

/** A path of the edition as the full URL it is published at. */
export function siteUrl(path: string): string {
  return absoluteUrl(path, SITE_URL);
}
