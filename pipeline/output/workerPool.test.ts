import { describe, expect, it } from 'vitest';
import { runJobs } from './workerPool.ts';

const DOUBLING = new URL('../testing/doublingWorker.ts', import.meta.url);

describe('work spread over worker threads', () => {
  it('answers every job, in the jobs’ order, whichever worker ran it', async () => {
    const jobs = Array.from({ length: 25 }, (_, n) => n);
    expect(await runJobs(DOUBLING, { refuse: 'negative' }, jobs)).toEqual(jobs.map((n) => n * 2));
  });

  it('fails with the first job that fails, saying why', async () => {
    await expect(runJobs(DOUBLING, { refuse: 'no negative numbers' }, [1, 2, -3, 4])).rejects.toThrow(
      'no negative numbers: -3',
    );
  });

  it('starts no worker for no job', async () => {
    expect(await runJobs(DOUBLING, {}, [])).toEqual([]);
  });
});
