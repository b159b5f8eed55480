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
  return Math.min(MAX_FACTOR, Math.max(1, Math.round((1 + loadPerCore) * 10) / 10));
}

/** A wait of `ms` on an idle machine, on this one. */
export function patient(ms: number): number {
  return Math.round(ms * machineFactor());
}
