import type { UIMatch } from 'react-router';
import { describe, expect, it } from 'vitest';
import { findPageData } from './routing.ts';

const match = (loaderData: unknown) =>
  ({ id: 'x', pathname: '/', params: {}, data: loaderData, loaderData, handle: undefined }) as UIMatch;

describe('findPageData', () => {
  it('uses the urls the deepest page declares', () => {
    const urls = { fr: '/fr/articles/un', en: '/en/articles/one' };
    expect(findPageData([match(null), match({ urls })], '/fr/articles/un', '')).toEqual({ urls });
  });

  it('otherwise swaps the language segment, keeping the rest of the URL', () => {
    expect(findPageData([match(null)], '/fr/nulle/part', '?q=1').urls).toEqual({
      fr: '/fr/nulle/part?q=1',
      en: '/en/nulle/part?q=1',
    });
    expect(findPageData([], '/xx', '').urls).toEqual({ fr: '/fr/', en: '/en/' });
  });
});
