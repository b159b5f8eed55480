import { describe, expect, it } from 'vitest';
import { readFrontPageParams } from './frontPageParams.ts';

const read = (lang: string | undefined, search = '') => readFrontPageParams(lang, new URLSearchParams(search));

describe('readFrontPageParams', () => {
  it('reads the language and the page', () => {
    expect(read('fr')).toEqual({ lang: 'fr', page: 1 });
    expect(read('en', '?page=3')).toEqual({ lang: 'en', page: 3 });
  });

  it('refuses unknown languages and malformed pages', () => {
    expect(read('de')).toBeUndefined();
    expect(read(undefined)).toBeUndefined();
    for (const page of ['0', '-1', '1.5', 'deux', '01', '', '9999999']) {
      expect(read('fr', `?page=${page}`), page).toBeUndefined();
    }
  });
});
