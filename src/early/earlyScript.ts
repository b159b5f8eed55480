import { applyStoredDisplay } from '../features/display/displayPreferences.ts';
import { SWITCH_LINK_SELECTOR } from '../features/language/switchLink.ts';
import { holdTap } from '../ui/islands/heldTaps.ts';
import { carryPlaceOnPlainSwitch } from '../features/reading-place/plainSwitch.ts';
import { markPendingPage } from './pendingPage.ts';

// The one script that runs before the first paint, in every page's head. It is made of the app's own
// functions: the build compiles this file and what it imports into one script and puts it in the
// page (pipeline/bundle/earlyScript.ts). Keep what it imports free of React and small: every page
// carries it. It
// - applies the reader's stored theme and text size, so that a dark page never flashes light;
// - marks a page opened at another page than its file holds as pending (pendingPage.ts);
// - holds a tap on a button of an island whose code has not arrived, before the app or after
//   (src/ui/islands/heldTaps.ts): React would drop it, and the app presses it again;
// - makes the language switch, followed before the app has arrived (a plain link), take the
//   paragraph at the reading line with it (`#p4`), which the page in the other language opens at.

applyStoredDisplay();
markPendingPage();
addEventListener('click', holdTap, true);
carryPlaceOnPlainSwitch(SWITCH_LINK_SELECTOR);
