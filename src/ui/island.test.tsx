// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Island, islandPart } from './island.tsx';

// A part whose code never arrives: the island shows its face.
const waiting = islandPart<{ label: string }>('waiting', () => new Promise(() => {}));

function Waiting({ label }: { label: string }) {
  return <Island part={waiting} props={{ label }} face={<button type="button">{label}</button>} />;
}

afterEach(cleanup);

describe('an island whose code has not arrived', () => {
  it('shows its face, inert and not busy', () => {
    render(<Waiting label="Share" />);
    expect(screen.getByRole('button', { name: 'Share' }).getAttribute('aria-busy')).toBeNull();
  });

  it('shows a button the reader already pressed as busy when its face is rendered again', async () => {
    const { container, rerender } = render(<Waiting label="Share" />);
    const root = container.querySelector<HTMLElement>('[data-island="waiting"]');
    // What the early script notes on a tap before the code arrives.
    root!.dataset.tapped = '0';
    await act(async () => rerender(<Waiting label="Partager" />));
    expect(screen.getByRole('button', { name: 'Partager' }).getAttribute('aria-busy')).toBe('true');
  });
});
