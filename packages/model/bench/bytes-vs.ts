/**
 * Byte identity of `project()` against another tree's engine (issue 15: a speed-up must not change
 * one byte of the response). Run from the repo root:
 *
 *   git worktree add --detach /tmp/engine-head <commit>   # once; symlink node_modules into it
 *   pnpm exec tsx packages/model/bench/bytes-vs.ts [--other /tmp/engine-head] [--count 2000] [--v2 1000]
 *
 * Scenarios: the fixtures (typical, large), the hand scenarios, every preset, `count` fast-check
 * scenarios (scenarioInputArbitrary, fixed seed) and `v2` generated scenarios of the reference
 * generator with every §8/§9 feature (plus as many without). `JSON.stringify(project(s))` of both
 * engines must be the same string; exit code 1 on any difference.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as here from '../src/index';
import { benchScenarios, option } from './scenarios';

type Model = typeof here;

const count = Number(option('--count', '2000'));
const v2Count = Number(option('--v2', '1000'));
const seed = Number(option('--seed', '20261203'));
const otherDir = option('--other', '/tmp/engine-head');

async function main() {
  const other = (await import(pathToFileURL(path.join(otherDir, 'packages/model/src/index.ts')).href)) as Model;
  const list = benchScenarios({ seed, count, v2Count });
  let failures = 0;
  let otherMs = 0;
  let hereMs = 0;
  for (const { name, scenario } of list) {
    const t0 = performance.now();
    const a = JSON.stringify(other.project(scenario));
    const t1 = performance.now();
    const b = JSON.stringify(here.project(scenario));
    hereMs += performance.now() - t1;
    otherMs += t1 - t0;
    if (a !== b) {
      failures++;
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      if (failures <= 20) console.log(`BYTES ${name}: differ at ${i}: other …${a.slice(Math.max(0, i - 80), i + 40)}… here …${b.slice(Math.max(0, i - 80), i + 40)}…`);
    }
  }
  console.log(
    `${list.length} scenarios (seed ${seed}: ${count} fast-check, ${v2Count} v2 + ${v2Count} v1 reference-generated): byte-identical ` +
      `${list.length - failures}/${list.length} (project(): ${otherDir} ${otherMs.toFixed(0)} ms, here ${hereMs.toFixed(0)} ms)`,
  );
  if (failures > 0) process.exitCode = 1;
}

await main();
