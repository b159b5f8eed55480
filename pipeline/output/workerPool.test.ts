import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { runJobs, startWorkers } from './workerPool.ts';

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

  it('starts workers ahead of their jobs, and hands them out when they come; a worker left without one ends', async () => {
    const workers = startWorkers<number, number>(DOUBLING, { refuse: 'negative' }, 3);
    expect(await workers.run([5, 6])).toEqual([10, 12]);
  });

  it('lets the build end when workers started ahead are never handed their jobs', () => {
    const script = `import(${JSON.stringify(new URL('./workerPool.ts', import.meta.url).href)}).then(({ startWorkers }) => {
      startWorkers(new URL(${JSON.stringify(DOUBLING.href)}), {}, 2);
      console.log('started');
    });`;
    const ended = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(ended.stdout).toContain('started');
    expect({ status: ended.status, signal: ended.signal }).toEqual({ status: 0, signal: null });
  });
});
