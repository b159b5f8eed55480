import { useEffect, type RefObject } from 'react';

// The controls stay at the bottom of the screen while a story is read aloud: the page gets as much room below its end,
// so that the reader can still scroll the last lines and the footer above them.

export function useRoomForControls(root: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    const controls = root.current?.firstElementChild;
    if (!shown || !(controls instanceof HTMLElement)) return;
    const body = document.body;
    const observer = new ResizeObserver(() => {
      body.style.paddingBottom = `${controls.offsetHeight}px`;
    });
    observer.observe(controls);
    return () => {
      observer.disconnect();
      body.style.paddingBottom = '';
    };
  }, [root, shown]);
}
