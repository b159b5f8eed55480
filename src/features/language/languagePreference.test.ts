import { describe, expect, it } from 'vitest';
import { matchBrowserLang, preferredLang } from './languagePreference.ts';

describe('preferred language', () => {
  it('matches the browser languages on their primary subtag, in order', () => {
    expect(matchBrowserLang(['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(matchBrowserLang(['fr-CA', 'en'])).toBe('fr');
    expect(matchBrowserLang(['EN-us'])).toBe('en');
    expect(matchBrowserLang(['de', 'es'])).toBeUndefined();
  });

  it('prefers the stored choice, then the browser, then French', () => {
    expect(preferredLang('fr', ['en-US'])).toBe('fr');
    expect(preferredLang(undefined, ['en-US'])).toBe('en');
    expect(preferredLang(undefined, ['de'])).toBe('fr');
    expect(preferredLang(undefined, [])).toBe('fr');
  });
});
