import type { MouseEvent } from 'react';
import * as styles from './SkipLink.module.css';

/**
 * The first Tab stop: moves focus to the main content. Handled here rather than by the browser's
 * fragment navigation, which would change the URL (and the router's location) to `#content`.
 */
export function SkipLink({ target, children }: { target: string; children: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.focus();
    element.scrollIntoView();
  };
  return (
    <a className={styles.skipLink} href={`#${target}`} onClick={skip}>
      {children}
    </a>
  );
}
