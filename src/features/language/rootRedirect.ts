import { redirect } from 'react-router';
import { frontPageUrl } from '../../content/paths';
import { preferredLang } from './preference';

/** `/` has no page of its own: it sends the reader to the front page in their language. */
export function redirectToPreferredLang() {
  return redirect(frontPageUrl(preferredLang()));
}
