import { ISLAND_SELECTOR } from '../../shared/islands.ts';
import { opensElsewhere } from '../../shared/opensElsewhere.ts';

/**
 * Links followed early: a click on a link in a part whose code has not arrived. React, which cannot
 * hydrate the part yet, would let the browser load the address afresh; the app follows it instead,
 * as it follows any other link (the navigation waits for the code). A link that opens elsewhere is
 * left to the browser. Once, when the app runs.
 */
export function followHeldLinks(navigate: (to: string) => unknown): void {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const island = link?.closest<HTMLElement>(ISLAND_SELECTOR);
      if (!link || !island || island.dataset.islandArrived !== undefined || opensElsewhere(event, link)) return;
      event.preventDefault();
      void navigate(link.pathname + link.search + link.hash);
      // (In the capture phase: React stops a click it cannot deliver before it bubbles.)
    },
    true,
  );
}
