import { memo, Suspense, useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { IslandPart } from './declarePart.ts';
import { pressHeldTaps, showHeldTapsBusy } from './heldTaps.ts';

// Islands, as the Guardian's pages have them, inside the single-page app: a part of a page that a
// reader may never use is a chunk of its own, and so is the text of a page, which the reader reads
// as the server wrote it. The server renders a part whole. In the browser its code arrives on
// intent or when the browser is idle (whenLoaded.ts); until then, hydration leaves the server's HTML
// as it is (a Suspense boundary whose code has not arrived stays dehydrated), and a render in the
// browser shows the part's face: what it looks like, inert. A tap on one of its buttons meanwhile is
// held (heldTaps.ts), and a link in it is followed by the app (heldLinks.ts).

/**
 * The face, where React shows it in place of the server's HTML (a render of the part before its code
 * arrives): a button the reader already pressed still says it is busy, as the early script made the
 * server's say.
 */
function Face({ root, children }: { root: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  useLayoutEffect(() => {
    if (root.current) showHeldTapsBusy(root.current);
  });
  return children;
}

/** Marks the island as acting by itself, and presses again the buttons a reader pressed before. */
function arrive(root: HTMLElement) {
  root.dataset.islandArrived = '';
  pressHeldTaps(root);
}

function Arrived({ root }: { root: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    if (root.current) arrive(root.current);
  }, [root]);
  return null;
}

type IslandProps<P> = { part: IslandPart<P>; props: NoInfer<P>; face: ReactNode };

function IslandRoot<P extends object>({ part, props, face }: IslandProps<P>) {
  const root = useRef<HTMLDivElement>(null);
  const { Lazy } = part;
  return (
    <div ref={root} data-island={part.name}>
      <Suspense fallback={<Face root={root}>{face}</Face>}>
        <Lazy {...props} />
        <Arrived root={root} />
      </Suspense>
    </div>
  );
}

const sameValues = (a: object, b: object) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]));

/**
 * Renders `part` with `props` in an island; `face` is what it looks like until its code arrives.
 * It renders again only when the part or a prop changes: a page re-rendered around an island whose
 * code has not arrived would otherwise make React drop the server's HTML for the face.
 */
const sameIsland = <P,>(before: IslandProps<P>, after: IslandProps<P>) =>
  before.part === after.part && sameValues(before.props as object, after.props as object);

export const Island = memo(IslandRoot, sameIsland) as <P extends object>(props: IslandProps<P>) => ReactNode;
