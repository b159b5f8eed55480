import { answerJobs } from '../output/workerPool.ts';

// A worker for workerPool.test.ts: doubles each number it is handed, and refuses a negative one.

answerJobs(async (job: number, start: { refuse: string }) => {
  if (job < 0) throw new Error(`${start.refuse}: ${job}`);
  return job * 2;
});
