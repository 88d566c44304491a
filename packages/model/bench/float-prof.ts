/**
 * Runs only the float path (no Decimal), for profiling:
 *   node --import tsx --cpu-prof --cpu-prof-dir /tmp/prof packages/model/bench/float-prof.ts [typical|large|mc] [dir]
 */
import { pathToFileURL } from 'node:url';
import type * as Engine from '../src/index';
import { largeScenario, typicalScenario } from '../test/fixtures/typical';

const what = process.argv[2] ?? 'typical';
const dir = process.argv[3] ?? new URL('../../../', import.meta.url).pathname;
const m = (await import(pathToFileURL(`${dir}/packages/model/src/index.ts`).href)) as typeof Engine;
const a = performance.now();
if (what === 'mc') {
  for (let i = 0; i < 4; i++) m.runMonteCarlo(typicalScenario, { paths: 10_000, seed: 1 });
} else {
  const fs = m.compileScenario(what === 'large' ? largeScenario() : typicalScenario);
  const ws = m.createWorkspace(fs);
  const n = what === 'large' ? 5000 : 200_000;
  for (let i = 0; i < n; i++) m.projectFloat(fs, ws);
}
console.log(what, (performance.now() - a).toFixed(0), 'ms');
