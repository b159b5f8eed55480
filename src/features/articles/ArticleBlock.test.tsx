// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/languages.ts';
import type { BlockView } from '../../content-api/published.ts';
import { en } from '../../i18n/en.ts';
import { fr } from '../../i18n/fr.ts';
import { addStrings } from '../../i18n/i18n.ts';
import { LangProvider } from '../../i18n/lang.tsx';
import { ArticleBlock } from './ArticleBlock.tsx';

addStrings('fr', fr);
addStrings('en', en);

function renderBlock(block: BlockView, lang: Lang, blockLang: Lang = lang) {
  const router = createMemoryRouter([
    {
      path: '*',
      element: (
        <LangProvider lang={lang}>
          <ArticleBlock block={block} lang={blockLang} anchorId={block.id} />
        </LangProvider>
      ),
    },
  ]);
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const story = {
  id: 'rel',
  slug: 'relations-culturelles',
  headline: 'Relations',
  kind: 'explainer',
  contentLang: 'fr',
} as const;

describe('ArticleBlock', () => {
  afterEach(cleanup);

  it('renders a paragraph as text, anchored by its id', () => {
    const { container } = renderBlock(
      { type: 'paragraph', id: 'p3', text: 'A cette occasion, <b>le ministre</b>…' },
      'fr',
    );
    const paragraph = container.querySelector('p#p3');
    expect(paragraph?.textContent).toBe('A cette occasion, <b>le ministre</b>…');
    expect(paragraph?.getAttribute('lang')).toBe('fr');
    expect(container.querySelector('b')).toBeNull();
  });

  it('renders a read-also as an aside labelled in French linking to the story', () => {
    renderBlock({ type: 'readAlso', id: 'r1', text: 'Les relations culturelles', story }, 'fr');
    const aside = screen.getByRole('complementary', { name: 'Lire aussi' });
    const link = screen.getByRole('link', { name: 'Les relations culturelles' });
    expect(aside.contains(link)).toBe(true);
    expect(link.getAttribute('href')).toBe('/fr/articles/relations-culturelles');
  });

  it('labels the read-also in English on an English page', () => {
    renderBlock(
      {
        type: 'readAlso',
        id: 'r1',
        text: 'Cultural relations',
        story: { ...story, slug: 'cultural-relations', contentLang: 'en' },
      },
      'en',
    );
    expect(screen.getByRole('complementary', { name: 'Read also' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cultural relations' }).getAttribute('href')).toBe(
      '/en/articles/cultural-relations',
    );
  });

  it('labels a French read-also in French on an English page, linking within the English edition', () => {
    renderBlock({ type: 'readAlso', id: 'r1', text: 'Les relations culturelles', story }, 'en', 'fr');
    const aside = screen.getByRole('complementary', { name: 'Lire aussi' });
    expect(aside.getAttribute('lang')).toBe('fr');
    expect(screen.getByRole('link', { name: 'Les relations culturelles' }).getAttribute('href')).toBe(
      '/en/articles/relations-culturelles',
    );
  });
});
