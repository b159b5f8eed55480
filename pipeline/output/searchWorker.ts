import { close, type CustomRecord } from 'pagefind';
import type { Lang } from '../../src/i18n/languages.ts';
import { LIBRARY, libraryRecord, withVariants, writeIndex } from './searchIndex.ts';
import { answerJobs } from './workerPool.ts';

// A search indexing worker (searchIndex.ts), with a Pagefind service of its own: builds each index it is handed.

/** An index to build in `dir`: a part of `lang`'s bundle from its records, or without records the library's own. */
export type IndexJob = { dir: string; lang: Lang; records?: CustomRecord[] };

answerJobs(
  async ({ dir, lang, records }: IndexJob) =>
    records
      ? writeIndex(dir, records.map(withVariants), (file) => !LIBRARY.test(file))
      : writeIndex(dir, [libraryRecord(lang)], () => true),
  close,
);
