import { useEffect, type RefObject } from 'react';

// Listen's bar stays at the bottom of the screen (the controls while a story is read aloud, "Listen from here" further
// down a story): the page gets as much room below its end, so that its last lines and the footer can be scrolled above
// it, never left under it.

/** While a bar is `shown` (which one: each is its own element), the page ends as much lower as it is high. */
export function useRoomForControls(bar: RefObject<HTMLElement | null>, shown: string | undefined): void {
  useEffect(() => {
    const controls = bar.current;
    if (shown === undefined || !controls) return;
    const body = document.body;
    const observer = new ResizeObserver(() => {
      body.style.paddingBottom = `${controls.offsetHeight}px`;
    });
    observer.observe(controls);
    return () => {
      observer.disconnect();
      body.style.paddingBottom = '';
    };
  }, [bar, shown]);
}
