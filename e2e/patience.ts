import { cpus, loadavg } from 'node:os';

// How long the suite waits for what a reader would wait for, scaled with the machine: a loaded
// machine (CI beside other jobs, the suite's own two workers, a build in the background) gets a
// proportionally longer wait rather than a red run. The factor is read once, from the load at the
// start of the run, and passed to the workers through the environment.

const MAX_FACTOR = 3;

/** 1 on an idle machine, up to 3 as the load per core grows. */
export function machineFactor(): number {
  const fromRun = Number(process.env.E2E_PATIENCE);
  if (fromRun > 0) return fromRun;
  const loadPerCore = loadavg()[0]! / cpus().length;
  const factor = Math.min(MAX_FACTOR, Math.max(1, Math.round((1 + loadPerCore) * 10) / 10));
  // The workers read the same factor as the run that started them.
  process.env.E2E_PATIENCE = String(factor);
  return factor;
}

/** A wait of `ms` on an idle machine, on this one. */
export function patient(ms: number): number {
  return Math.round(ms * machineFactor());
}

/**
 * A page's first search starts its engine (Pagefind's library, WebAssembly and index): seconds, on a loaded machine.
 */
export const SEARCH_ENGINE_STARTS = patient(15_000);

/** A first visit's service worker installs the offline edition (every file it saves) before it controls the page. */
export const SERVICE_WORKER_INSTALLS = patient(15_000);

/** A failed load is retried three times, a second or so apart, before the page says it failed. */
export const NETWORK_RETRIES = patient(10_000);
