/**
 * The float path measured in a worker that never runs the Decimal engine, as the browser runs Monte
 * Carlo (apps/web/src/sensitivity/monteCarlo.worker.ts: a dedicated Web Worker that only calls
 * `monteCarloSteps`). Since issue 15 the formulas are shared by both number types, and V8's type
 * feedback of a shared formula is per process: after Decimal runs in the same isolate, the float
 * calls go polymorphic and slow down (bench/run.ts reports that figure too).
 * workerData: { dir } — the repository whose engine to load (this one, or BENCH_BEFORE's worktree).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type * as Engine from '../src/index';
import { largeScenario, typicalScenario } from '../test/fixtures/typical';

const { dir } = workerData as { dir: string };
const m = (await import(pathToFileURL(`${dir}/packages/model/src/index.ts`).href)) as typeof Engine;

const median = (fn: () => void, runs: number): number => {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  return t[runs >> 1] ?? NaN;
};
const perCall = (s: Engine.Scenario, inner: number, runs: number) => {
  const fs = m.compileScenario(s);
  const ws = m.createWorkspace(fs);
  return median(() => { for (let i = 0; i < inner; i++) m.projectFloat(fs, ws); }, runs) / inner;
};
parentPort?.postMessage({
  projectFloatTypical: perCall(typicalScenario, 100, 100),
  projectFloatLarge: perCall(largeScenario(), 5, 40),
  monteCarlo: median(() => m.runMonteCarlo(typicalScenario, { paths: 10_000, seed: 1 }), 5),
});
