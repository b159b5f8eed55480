import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it('keeps meaningful words, without accents or stop words', () => {
    expect(slugify('Les relations culturelles entre Rabat et Le Caire ancrées dans l’histoire')).toBe(
      'relations-culturelles-rabat-caire-ancrees-histoire',
    );
    expect(slugify('Œuvrer de concert : « sécurité » !')).toBe('oeuvrer-concert-securite');
  });

  it('cuts long headlines at a word, within 64 characters', () => {
    const slug = slugify(
      'Le ministre de l’Intérieur examine avec son homologue finlandais les moyens de renforcer la coopération sécuritaire',
    );
    expect(slug).toBe('ministre-interieur-examine-homologue-finlandais-moyens-renforcer');
    expect(slug.length).toBeLessThanOrEqual(64);
  });

  it('cuts a single endless word', () => {
    expect(slugify('a'.repeat(100))).toHaveLength(64);
  });
});
