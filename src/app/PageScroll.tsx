import { useLayoutEffect } from 'react';
import { ScrollRestoration, type Location } from 'react-router';

/**
 * Where a page's scroll position is saved. A page opened afresh (a typed or pasted address) has no
 * history key of its own; keyed by its address, it never takes the place saved for another page,
 * and a link to `#p3` opens at p3.
 */
const scrollKey = ({ key, pathname }: Location) => (key === 'default' ? pathname : key);

// The prerendered page can be read, and scrolled, before the app takes it over. On its first render
// the router, which cannot know that, puts a page opened afresh back at the top: the reader would
// lose their place on a slow phone. So where the reader was is noted just before the router's
// scroll restoration runs, and given back just after, once: `readerAt` is that place at the first
// commit, and 0 once given back (or when the reader had not scrolled).
let readerAt: number | undefined;

function NoteReaderPlace() {
  useLayoutEffect(() => {
    readerAt ??= window.scrollY;
  }, []);
  return null;
}

function KeepReaderPlace() {
  useLayoutEffect(() => {
    if (readerAt) window.scrollTo(0, readerAt);
    readerAt = 0;
  }, []);
  return null;
}

/** The router's scroll restoration (Back, Forward, reload, `#p3`), which never moves a reader who scrolled before the app arrived. */
export function PageScroll() {
  return (
    <>
      <NoteReaderPlace />
      <ScrollRestoration getKey={scrollKey} />
      <KeepReaderPlace />
    </>
  );
}
