// What a navigation asks of the live edition: whether it is known as of a moment ago, and whether
// it runs other code. The code that follows the live edition (freshness.ts, content-api/liveEdition.ts)
// arrives when the browser is idle, out of the first view; until then, the page is the one loaded.

export type EditionGate = {
  /** Resolves once the live edition is known well enough for a navigation to go on (see liveEdition.ts). */
  confirmed(): Promise<void>;
  /** The live edition runs other code than this page: the next navigation loads the page afresh. */
  readonly codeChanged: boolean;
};

/** A gate that lets every navigation through until `follow` hands it the live edition. */
export function lateEditionGate(): EditionGate & { follow(live: EditionGate): void } {
  let live: EditionGate | undefined;
  return {
    confirmed: () => live?.confirmed() ?? Promise.resolve(),
    get codeChanged() {
      return live?.codeChanged ?? false;
    },
    follow(followed) {
      live = followed;
    },
  };
}
