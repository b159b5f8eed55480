/** Where `npm start` serves the reader, and the public address of a build that names no other. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** The public origin, with no trailing slash, from KIOSQUE_SITE_URL (when it is set) or the default. */
export function siteOrigin(configured: string | undefined): string {
  return (configured || DEFAULT_SITE_URL).replace(/\/$/, '');
}
