import { describe, expect, it } from 'vitest';
import { choosableVoices, voiceFor, type Voice } from './voices.ts';

const voice = (name: string, lang: string, extra: Partial<Voice> = {}): Voice => ({
  name,
  lang,
  voiceURI: name,
  localService: true,
  default: false,
  ...extra,
});

const ENGINE = [
  voice('French+Annie', 'fr-FR'),
  voice('French (Belgium)', 'fr-BE'),
  voice('French (France) online', 'fr-FR', { localService: false }),
  voice('French (France)', 'fr_FR'),
  voice('English (America)', 'en-US'),
  voice('English (Great Britain)', 'en-GB'),
  voice('English+Klatt', 'en-GB'),
  voice('German', 'de-DE'),
];

describe('choosing a voice', () => {
  it('takes a local voice of the main region, never a novelty variant, whatever the order the engine lists them in', () => {
    expect(voiceFor(ENGINE, 'fr')?.name).toBe('French (France)');
    expect(voiceFor([...ENGINE].reverse(), 'fr')?.name).toBe('French (France)');
    expect(voiceFor(ENGINE, 'en')?.name).toBe('English (Great Britain)');
  });

  it('keeps the voice the reader chose where it is still there', () => {
    expect(voiceFor(ENGINE, 'fr', 'French (Belgium)')?.name).toBe('French (Belgium)');
    expect(voiceFor(ENGINE, 'fr', 'a voice gone since')?.name).toBe('French (France)');
  });

  it('offers the plain voices of the language, and the variants only where there are no others', () => {
    expect(choosableVoices(ENGINE, 'en').map((each) => each.name)).toEqual([
      'English (Great Britain)',
      'English (America)',
    ]);
    expect(choosableVoices([voice('French+Annie', 'fr-FR')], 'fr').map((each) => each.name)).toEqual(['French+Annie']);
  });

  it('has none for a language no voice speaks', () => {
    expect(
      voiceFor(
        ENGINE.filter((each) => !each.lang.startsWith('fr')),
        'fr',
      ),
    ).toBeUndefined();
  });
});
