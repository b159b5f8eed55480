import { expect, type Page } from '@playwright/test';
import { SEARCH_ENGINE_STARTS } from './patience.ts';

// The search page as the search specs read it.

// A page's first search starts its engine (Pagefind's library, WebAssembly and index), which a
// loaded machine can take seconds over: what waits on it waits longer.
export const afterFirstSearch = expect.configure({ timeout: SEARCH_ENGINE_STARTS });

export const searchBox = (page: Page, name: 'Rechercher dans Kiosque' | 'Search Kiosque') =>
  page.getByRole('search', { name }).getByRole('searchbox', { name });
export const results = (page: Page) => page.getByRole('main').getByRole('listitem');
export const result = (page: Page, headline: string) =>
  results(page).filter({ has: page.getByRole('heading', { level: 2, name: headline }) });
