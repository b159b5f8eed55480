// The budgets the benchmark flags. Timings are printed and flagged here, never tested; sizes are
// deterministic, and `npm test` holds them too (scripts/sizes/firstView.ts).

export const BUDGET = {
  /**
   * Blocking time after the first paint, 4× CPU slowdown, median of 5: at most this, and at most half the floor page's.
   */
  bootBlockingMs: 100,
  lighthouse: 98,
  /** Click to the new headline painted, once the data is cached: one frame. */
  frameMs: 16.7,
  scaleFrontPage: 1024,
  searchBytes: 150 * 1024,
  searchP95Ms: 50,
  commonWordP95Ms: 300,
  /** Importing one dispatch into the 10,000-story edition and publishing it from the previous edition. */
  oneStoryPublishSeconds: 15,
};

/** Budgets missed so far, by name; `flag` prints a verdict and notes a miss. */
export class Verdicts {
  readonly missed: string[] = [];

  flag(ok: boolean, budget: string): string {
    if (!ok) this.missed.push(budget);
    return ok ? 'within budget' : 'OVER BUDGET';
  }
}
