import { captureReadingPosition } from './place.ts';

/**
 * For the page's early script (src/early/earlyScript.ts). Before the app holds the page, the language
 * switch is a plain link (`linkSelector`): following it takes the block at the reading line with it
 * (`#p4`), which the page in the other language opens at. (Once the app holds the page, the switch
 * carries the place in the navigation's state: acrossSwitch.ts.)
 */
export function carryPlaceOnPlainSwitch(linkSelector: string): void {
  addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(linkSelector) : null;
      const appHoldsPage = document.documentElement.dataset.app !== undefined;
      const block = link && !appHoldsPage ? captureReadingPosition()?.block : undefined;
      if (link && block) link.hash = block;
    },
    true,
  );
}
