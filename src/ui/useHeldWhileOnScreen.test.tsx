// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createContext, useContext } from 'react';
import { createMemoryRouter, RouterProvider, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { countNewStories, useHeldWhileOnScreen } from './useHeldWhileOnScreen.ts';

afterEach(cleanup);

/** The latest edition of the listing, as the query cache would have it. */
const Latest = createContext('one');

/** A listing that shows what the hook holds, and the latest edition beside it. */
function Listing() {
  const { shown, newer } = useHeldWhileOnScreen(useContext(Latest));
  const navigate = useNavigate();
  return (
    <>
      <p>shown: {shown}</p>
      <p>newer: {newer ?? 'none'}</p>
      <button type="button" onClick={() => void navigate('/fr/', { replace: true })}>
        again
      </button>
    </>
  );
}

function renderListing(latest: string) {
  const router = createMemoryRouter([{ path: '/fr/', element: <Listing /> }], { initialEntries: ['/fr/'] });
  const withLatest = (value: string) => (
    <Latest value={value}>
      <RouterProvider router={router} />
    </Latest>
  );
  const view = render(withLatest(latest));
  return { rerender: (next: string) => view.rerender(withLatest(next)) };
}

describe('useHeldWhileOnScreen', () => {
  it('shows what the reader came to, and holds a newer edition back until a navigation', async () => {
    const { rerender } = renderListing('one');
    expect(screen.getByText('shown: one')).toBeTruthy();
    rerender('two');
    expect(screen.getByText('shown: one')).toBeTruthy();
    expect(screen.getByText('newer: two')).toBeTruthy();
    await act(async () => screen.getByRole('button', { name: 'again' }).click());
    expect(screen.getByText('shown: two')).toBeTruthy();
    expect(screen.getByText('newer: none')).toBeTruthy();
  });
});

describe('countNewStories', () => {
  it('counts the stories of the newer listing the shown one does not have, whatever the order', () => {
    expect(countNewStories([{ id: 'a' }, { id: 'b' }], [{ id: 'c' }, { id: 'b' }, { id: 'a' }])).toBe(1);
    expect(countNewStories([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'a' }])).toBe(0);
  });
});
