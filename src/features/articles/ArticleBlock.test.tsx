// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../content/languages';
import type { BlockView } from '../../content/published';
import '../../i18n/i18n';
import { LangProvider } from '../../i18n/lang';
import { ArticleBlock } from './ArticleBlock';

function renderBlock(block: BlockView, lang: Lang) {
  const router = createMemoryRouter([
    {
      path: '*',
      element: (
        <LangProvider lang={lang}>
          <ArticleBlock block={block} />
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

const story = { id: 'rel', slug: 'relations-culturelles', headline: 'Relations', kind: 'explainer', contentLang: 'fr' } as const;

describe('ArticleBlock', () => {
  afterEach(cleanup);

  it('renders a paragraph as text, anchored by its id', () => {
    const { container } = renderBlock({ type: 'paragraph', id: 'p3', text: 'A cette occasion, <b>le ministre</b>…' }, 'fr');
    const paragraph = container.querySelector('p#p3');
    expect(paragraph?.textContent).toBe('A cette occasion, <b>le ministre</b>…');
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
    renderBlock({ type: 'readAlso', id: 'r1', text: 'Cultural relations', story: { ...story, slug: 'cultural-relations', contentLang: 'en' } }, 'en');
    expect(screen.getByRole('complementary', { name: 'Read also' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cultural relations' }).getAttribute('href')).toBe('/en/articles/cultural-relations');
  });
});
