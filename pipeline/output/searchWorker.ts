import { close } from 'pagefind';
import { buildIndex } from './pagefindIndex.ts';
import { answerJobs } from './workerPool.ts';

// A search indexing worker (searchIndex.ts), with a Pagefind service of its own: builds each index it is handed.

answerJobs(buildIndex, close);
