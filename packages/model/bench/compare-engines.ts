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
 */
import fc from 'fast-check';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { scenarioInputArbitrary } from '../test/analysis/arbitraries';
import { apiOnly, ownedFixed } from '../test/analysis/handScenarios';
import { largeScenario, typicalScenario } from '../test/fixtures/typical';
import * as after from '../src/index';

type Model = typeof after;
type Scenario = after.Scenario;

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const count = Number(option('--count', '2000'));
const seed = Number(option('--seed', '20261202'));
const beforeDir = args.includes('--no-before') ? null : option('--before', '/tmp/engine-before');

function scenarios(): { name: string; scenario: Scenario }[] {
  const list: { name: string; scenario: Scenario }[] = [
    { name: 'typical', scenario: typicalScenario },
    { name: 'large', scenario: largeScenario() },
    { name: 'hand:apiOnly', scenario: apiOnly },
    { name: 'hand:ownedFixed', scenario: ownedFixed },
  ];
  for (const preset of after.PRESETS) {
    preset.scenarios.forEach((input, i) => list.push({ name: `preset:${preset.id}[${i}]`, scenario: after.scenarioSchema.parse(input) }));
  }
  fc.sample(scenarioInputArbitrary, { seed, numRuns: count }).forEach((input, i) => {
    const parsed = after.scenarioSchema.safeParse(input);
    if (!parsed.success) throw new Error(`generated scenario ${i} is invalid: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
    list.push({ name: `generated#${i}`, scenario: parsed.data });
  });
  return list;
}

const LINES = [
  'demandTokens', 'servedTokens', 'revenue', 'energyMWh', 'energyCost', 'hosting', 'maintenance',
  'apiCost', 'rentalCost', 'opex', 'capex', 'depreciation', 'pnlCost', 'cashFlow', 'budget',
] as const;

/**
 * 1e-9 of the value's gross magnitude (the sum of the absolute values it is made of: a cash flow
 * that cancels to ~0 is judged against revenue + opex + capex), plus 1e-12 of the line's largest
 * gross month and the resolution of the Decimal grids (tokens 1e-6 → 1e-5 token; money → 1e-9 USD).
 */
function floatDisagreements(m: Model, s: Scenario): string[] {
  const values = m.runProjection(s);
  const fs = m.compileScenario(s);
  const fp = m.projectFloat(fs);
  const H = s.horizonMonths;
  const out: string[] = [];
  const num = (d: { toNumber(): number }) => d.toNumber();
  const gross = (line: (typeof LINES)[number], t: number) => {
    const row = values.months[t];
    if (!row) return 0;
    if (line === 'cashFlow') return Math.abs(num(row.revenue)) + Math.abs(num(row.opex)) + Math.abs(num(row.capex));
    return Math.abs(num(row[line]));
  };
  for (const line of LINES) {
    let largest = 0;
    for (let t = 0; t < H; t++) largest = Math.max(largest, gross(line, t));
    const floor = line === 'demandTokens' || line === 'servedTokens' ? 1e-5 : 1e-9;
    for (let t = 0; t < H; t++) {
      const row = values.months[t];
      const exact = row === undefined ? NaN : num(row[line]);
      const approx = fp[line][t] ?? NaN;
      if (!(Math.abs(exact - approx) <= 1e-9 * gross(line, t) + 1e-12 * largest + floor)) out.push(`${line}[${t}]: Decimal ${exact}, float ${approx}`);
    }
  }
  values.platforms.forEach((run, p) => {
    run.operations.months.forEach((month, t) => {
      if (num(month.nodes) !== fp.nodes[p * H + t]) out.push(`nodes ${run.platform.id}[${t}]: Decimal ${month.nodes.toFixed()}, float ${fp.nodes[p * H + t]}`);
    });
  });
  // KPIs: sums and ratios of sums within 1e-9 relative; NPV against its gross discounted flows.
  const rate = m.monthlyRate(Number(s.discountRateAnnual));
  let grossNpv = 0;
  for (let t = 0; t < H; t++) grossNpv += gross('cashFlow', t) / Math.pow(1 + rate, t);
  for (const kpi of m.ANALYSIS_KPIS) {
    const exact = m.kpiDecimal(values.kpis, kpi);
    const approx = m.kpiFloat(fp, fs, kpi);
    if (exact === null || approx === null) {
      if ((exact === null) !== (approx === null)) out.push(`${kpi}: Decimal ${exact?.toFixed() ?? 'null'}, float ${approx}`);
      continue;
    }
    const e = exact.toNumber();
    const scale = kpi === 'npv' ? grossNpv + H : Math.abs(e);
    const absolute = kpi === 'irrAnnual' ? 1e-9 : 1e-12;
    if (!(Math.abs(e - approx) <= 1e-9 * scale + absolute)) out.push(`${kpi}: Decimal ${e}, float ${approx}`);
  }
  return out;
}

async function main() {
  const before: Model | null = beforeDir === null ? null : ((await import(pathToFileURL(path.join(beforeDir, 'packages/model/src/index.ts')).href)) as Model);
  const list = scenarios();
  let byteFailures = 0;
  let floatFailures = 0;
  let beforeMs = 0;
  let afterMs = 0;
  for (const { name, scenario } of list) {
    if (before !== null) {
      const t0 = performance.now();
      const a = JSON.stringify(before.project(scenario));
      const t1 = performance.now();
      const b = JSON.stringify(after.project(scenario));
      afterMs += performance.now() - t1;
      beforeMs += t1 - t0;
      if (a !== b) {
        byteFailures++;
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        console.log(`BYTES ${name}: differ at ${i}: before …${a.slice(Math.max(0, i - 60), i + 40)}… after …${b.slice(Math.max(0, i - 60), i + 40)}…`);
      }
    }
    const disagreements = floatDisagreements(after, scenario);
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
