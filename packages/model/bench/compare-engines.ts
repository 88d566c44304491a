/**
 * Before/after harness of the engine refactor (issue 15). Run from the repo root:
 *
 *   git worktree add --detach /tmp/engine-before <commit>   # once; symlink node_modules into it
 *   pnpm exec tsx packages/model/bench/compare-engines.ts [--before /tmp/engine-before] [--count 2000]
 *
 * Scenarios: the benchmark fixtures (typical, large), the hand scenarios of the analysis tests,
 * every preset and `count` generated scenarios (fast-check, fixed seed). For each one:
 * 1. bytes: `JSON.stringify(project(s))` of the engine in `--before` and of this tree, compared
 *    byte for byte (skipped with `--no-before`);
 * 2. float: this tree's float64 instance against its Decimal instance, every month line, node
 *    count and analysis KPI, within 1e-9 relative (see `tolerance`); none set aside: every
 *    disagreement is printed and counted.
 * Exit code 1 when any check fails.
 * Spec v2 (§8/§9) adds response keys: the new engine's JSON is compared on the keys the previous
 * engine has (`likeBefore`), and §4's v2 payback convention is one month less than v1's when the
 * payback is > 0 (`v1Payback` maps the new values back before comparing).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as after from '../src/index';
import { Decimal } from '../src/decimal';
import { floatDisagreements } from '../test/analysis/floatVsDecimal';
import { benchScenarios, option, type BenchScenarioOptions } from './scenarios';

type Model = typeof after;

const count = Number(option('--count', '2000'));
const seed = Number(option('--seed', '20261202'));
const beforeDir = process.argv.includes('--no-before') ? null : option('--before', '/tmp/engine-before');

const PAYBACKS = new Set(['paybackMonths', 'discountedPaybackMonths']);

/** v2 payback → v1: `k + f` was `(k − 1) + f`; 0 (cumulative_0 ≥ 0) and null are unchanged. */
function v1Payback(value: unknown): unknown {
  if (typeof value !== 'string' || value === '0') return value;
  return new Decimal(value).plus(1).toFixed();
}

/** `next` restricted to the keys `previous` has (arrays element by element), in `next`'s key order. */
function likeBefore(previous: unknown, next: unknown, key = ''): unknown {
  if (PAYBACKS.has(key)) return v1Payback(next);
  if (Array.isArray(previous) && Array.isArray(next)) return next.map((item, i) => likeBefore(previous[i], item));
  if (previous === null || next === null || typeof previous !== 'object' || typeof next !== 'object') return next;
  const old = previous as Record<string, unknown>;
  return Object.fromEntries(Object.entries(next as Record<string, unknown>).filter(([k]) => k in old).map(([k, v]) => [k, likeBefore(old[k], v, k)]));
}

async function main() {
  const before: Model | null = beforeDir === null ? null : ((await import(pathToFileURL(path.join(beforeDir, 'packages/model/src/index.ts')).href)) as Model);
  // Generated scenarios are parsed with the previous engine's schema when there is one (the engines are compared, not the validation).
  const schema = (before ?? after).scenarioSchema;
  const list = benchScenarios({ seed, count, parse: ((input: unknown) => schema.safeParse(input)) as BenchScenarioOptions['parse'] });
  let byteFailures = 0;
  let floatFailures = 0;
  let beforeMs = 0;
  let afterMs = 0;
  for (const { name, scenario } of list) {
    if (before !== null) {
      const t0 = performance.now();
      const previous = before.project(scenario);
      const a = JSON.stringify(previous);
      const t1 = performance.now();
      const next = after.project(scenario);
      afterMs += performance.now() - t1;
      const b = JSON.stringify(likeBefore(previous, next));
      beforeMs += t1 - t0;
      if (a !== b) {
        byteFailures++;
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        console.log(`BYTES ${name}: differ at ${i}: before …${a.slice(Math.max(0, i - 60), i + 40)}… after …${b.slice(Math.max(0, i - 60), i + 40)}…`);
      }
    }
    const disagreements = floatDisagreements(scenario, after);
    if (disagreements.length > 0) {
      floatFailures++;
      console.log(`FLOAT ${name}: ${disagreements.length} values, first: ${disagreements.slice(0, 3).join('; ')}`);
    }
  }
  console.log(
    `${list.length} scenarios (seed ${seed}, ${count} generated): ` +
      (before === null ? 'bytes not compared' : `byte-identical ${list.length - byteFailures}/${list.length} (project(): before ${beforeMs.toFixed(0)} ms, after ${afterMs.toFixed(0)} ms)`) +
      `; float within 1e-9 ${list.length - floatFailures}/${list.length}`,
  );
  if (byteFailures + floatFailures > 0) process.exitCode = 1;
}

await main();
