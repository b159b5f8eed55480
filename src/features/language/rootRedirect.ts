import { redirect } from 'react-router';
import { frontPageUrl } from '../../content-api/paths.ts';
import { preferredLang } from './languagePreference.ts';

/** `/` has no page of its own: it sends the reader to the front page in their language. */
export function redirectToPreferredLang() {
  return redirect(frontPageUrl(preferredLang()));
}
