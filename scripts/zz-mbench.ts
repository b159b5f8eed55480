import { manifestFromContent } from '../pipeline/edition/manifestFromContent.ts';
import { readKeptWork } from '../pipeline/deploy/keptWork.ts';
import { buildState } from '../pipeline/deploy/buildState.ts';
const kept = readKeptWork(process.argv[3]!);
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const m = manifestFromContent(process.argv[2]!, 'https://kiosque.example', { kept });
  const t1 = performance.now();
  console.log('manifest', (t1 - t0).toFixed(0), m.inputs.size);
}
