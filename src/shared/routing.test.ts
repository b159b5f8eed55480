import type { UIMatch } from 'react-router';
import { describe, expect, it } from 'vitest';
import { findPageData } from './routing.ts';

const match = (loaderData: unknown) => ({ id: 'x', pathname: '/', params: {}, data: loaderData, loaderData, handle: undefined }) as UIMatch;

describe('findPageData', () => {
  it('uses the alternates the deepest page declares', () => {
    const alternates = { fr: '/fr/articles/un', en: '/en/articles/one' };
    expect(findPageData([match(null), match({ alternates })], '/fr/articles/un', '')).toEqual({ alternates });
  });

  it('otherwise swaps the language segment, keeping the rest of the URL', () => {
    expect(findPageData([match(null)], '/fr/nulle/part', '?q=1').alternates).toEqual({ fr: '/fr/nulle/part?q=1', en: '/en/nulle/part?q=1' });
    expect(findPageData([], '/xx', '').alternates).toEqual({ fr: '/fr/', en: '/en/' });
  });
});
