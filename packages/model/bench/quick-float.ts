/**
 * Quick same-process check of the float path against a previous engine (issue 15 steps):
 * `pnpm exec tsx packages/model/bench/quick-float.ts [/tmp/engine-before] [--warm]` prints the best of
 * several interleaved medians of projectFloat (typical) and Monte Carlo 10,000 paths.
 */
import { pathToFileURL } from 'node:url';
import * as current from '../src/index';
import { typicalScenario } from '../test/fixtures/typical';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/engine-before';
const before = (await import(pathToFileURL(`${dir}/packages/model/src/index.ts`).href)) as typeof current;
const median = (fn: () => void, runs: number) => {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return t.sort((x, y) => x - y)[runs >> 1] ?? NaN;
};
const side = (m: typeof current) => {
  // --warm: the Decimal engine runs first, as in pnpm bench (the generic formulas then carry both instances' feedback)
  if (process.argv.includes('--warm')) for (let i = 0; i < 50; i++) m.project(typicalScenario);
  const fs = m.compileScenario(typicalScenario);
  const ws = m.createWorkspace(fs);
  return {
    projectFloatUs: (median(() => { for (let i = 0; i < 200; i++) m.projectFloat(fs, ws); }, 60) / 200) * 1000,
    monteCarloMs: median(() => m.runMonteCarlo(typicalScenario, { paths: 10_000, seed: 1 }), 5),
  };
};
const [b1, c1, b2, c2] = [side(before), side(current), side(before), side(current)];
const best = (a: ReturnType<typeof side>, b: ReturnType<typeof side>) => ({
  projectFloatUs: Math.min(a.projectFloatUs, b.projectFloatUs),
  monteCarloMs: Math.min(a.monteCarloMs, b.monteCarloMs),
});
const [b, c] = [best(b1, b2), best(c1, c2)];
console.log({ before: b, current: c, ratio: { projectFloat: c.projectFloatUs / b.projectFloatUs, monteCarlo: c.monteCarloMs / b.monteCarloMs } });
