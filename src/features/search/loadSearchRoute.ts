import { codeOnIntent } from '../../ui/islands/declarePart.ts';

/**
 * The search page's code (its route, results and the code that starts Pagefind), a chunk of its
 * own: fetched when the reader shows intent to search (the masthead's box), when the browser is
 * idle, or when a search page is opened.
 */
export const loadSearchRoute = codeOnIntent('search-page', () => import('./searchRoute.ts'));
