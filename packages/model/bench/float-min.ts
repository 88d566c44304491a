/**
 * The float path only (no Decimal), best of many timed batches (robust on a loaded machine), for one engine:
 *   pnpm exec tsx packages/model/bench/float-min.ts [engine dir, default this tree]
 * or in a fresh worker (bench/float-worker.ts --min), workerData { dir }.
 * Prints projectFloat typical and large (µs a call) and Monte Carlo 10,000 paths (ms).
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type * as Engine from '../src/index';
import { largeScenario, typicalScenario } from '../test/fixtures/typical';

const dir = (workerData as { dir?: string } | null)?.dir ?? process.argv[2] ?? new URL('../../../', import.meta.url).pathname;
const m = (await import(pathToFileURL(`${dir}/packages/model/src/index.ts`).href)) as typeof Engine;
const best = (fn: () => void, runs: number): number => {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    min = Math.min(min, performance.now() - a);
  }
  return min;
};
const perCall = (s: Engine.Scenario, inner: number, runs: number) => {
  const fs = m.compileScenario(s);
  const ws = m.createWorkspace(fs);
  return (best(() => { for (let i = 0; i < inner; i++) m.projectFloat(fs, ws); }, runs) / inner) * 1000;
};
const r = {
  typicalUs: perCall(typicalScenario, 100, 200),
  largeUs: perCall(largeScenario(), 5, 60),
  monteCarloMs: best(() => m.runMonteCarlo(typicalScenario, { paths: 10_000, seed: 1 }), 6),
};
const rounded = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, +v.toPrecision(4)]));
if (parentPort) parentPort.postMessage(rounded);
else console.log(JSON.stringify(rounded));
