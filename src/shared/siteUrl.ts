import { absoluteUrl } from '../content-api/paths.ts';
import { siteOrigin } from './site.ts';

/** The public origin (no trailing slash), fixed at build time from KIOSQUE_SITE_URL. */
const SITE_URL = siteOrigin(import.meta.env.KIOSQUE_SITE_URL);

/** A path of the edition as the full URL it is published at. */
export function siteUrl(path: string): string {
  return absoluteUrl(path, SITE_URL);
}
