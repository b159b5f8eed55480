import { useEffect, type RefObject } from 'react';

// Listen's controls stay at the bottom of the screen while a story is read aloud: the page gets as much room below its
// end, so that its last lines and the footer can be scrolled above them, never left under them. ("Listen from here" is
// offered only within the text, before the story's end: it needs none.)

/** While the controls in `bar` are `shown`, the page ends as much lower as they are high. */
export function useRoomForControls(bar: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    const controls = bar.current;
    if (!shown || !controls) return;
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
