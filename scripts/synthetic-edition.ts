import { parseArgs } from 'node:util';
import { writeSyntheticEdition } from './bench/syntheticEdition.ts';

// tsx scripts/synthetic-edition.ts --count 45 --out DIR: a generated, never-published edition
// (used by the pagination e2e tests and, larger, by the benchmark's scale run).

const { values } = parseArgs({ options: { count: { type: 'string', default: '45' }, out: { type: 'string' } } });
console.log(writeSyntheticEdition(Number(values.count), values.out));
