// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { islandPart, type IslandPart } from './declarePart.ts';
import { Island } from './Island.tsx';

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

describe('a part inside another, hydrated from the server’s HTML', () => {
  const share = <button type="button">Share</button>;
  const storyText = (inner: IslandPart<object>) =>
    function StoryText() {
      return (
        <section>
          <p>The story’s text</p>
          <Island part={inner} props={{}} face={share} />
        </section>
      );
    };
  /** The page as the server wrote it, every part's code at hand. */
  async function serverHtml() {
    const inner = islandPart<object>('share', async () => () => share);
    const outer = islandPart<object>('text', async () => storyText(inner));
    await Promise.all([inner.load(), outer.load()]);
    return renderToString(<Island part={outer} props={{}} face={null} />);
  }

  it('keeps the inner part’s pressed button busy, and its tap held, when the outer part’s code arrives first', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = await serverHtml();
    let arriveText: () => void = () => {};
    const textCode = new Promise<void>((resolve) => (arriveText = resolve));
    const inner = islandPart<object>('share', () => new Promise(() => {}));
    const outer = islandPart<object>('text', async () => {
      await textCode;
      return storyText(inner);
    });
    render(<Island part={outer} props={{}} face={null} />, { container, hydrate: true });
    // What the early script does on a tap on Share before either part's code is here.
    const innerRoot = container.querySelector<HTMLElement>('[data-island="share"]')!;
    innerRoot.dataset.tapped = '0';
    screen.getByRole('button', { name: 'Share' }).setAttribute('aria-busy', 'true');
    await act(async () => {
      arriveText();
      await outer.load();
    });
    expect(container.querySelector<HTMLElement>('[data-island="text"]')!.dataset.islandArrived).toBe('');
    expect(screen.getByRole('button', { name: 'Share' }).getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector<HTMLElement>('[data-island="share"]')!.dataset.tapped).toBe('0');
  });
});
