/**
 * Measures the engine against the reference calculator on generated scenarios that use the §8 and
 * §9 fields (not a vitest test yet: the engine is being extended). For each seed it validates the
 * scenario, projects it (errors caught per scenario) and compares every value, §8/§9 fields and
 * paybacks (§4 v2 convention) included. Prints mismatch counts by field path and the first few
 * mismatches in detail.
 *
 *   pnpm exec tsx packages/model/test/reference/v2.script.ts [count] [--first N] [--show K] [--v1] [--seed S]
 *
 * --first N  seeds start at N (default 1)        --show K  print K mismatches in detail (default 12)
 * --v1       generate v1 scenarios (still compared on every field)   --seed S  print seed S's input JSON
 * --features tax,lag,…  draw only these §8/§9 features (names: V2_FEATURES in generate.ts)
 * --v1-fields  compare only the fields v1 had      --no-paybacks  leave paybacks out
 */
import { project, validateScenario } from '../../src/index';
import { compareProjection, type Mismatch } from './compare';
import { referenceProject } from './contract';
import { generateScenario, V2_FEATURES, type V2Feature } from './generate';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const count = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 200);
const first = option('--first', 1);
const show = option('--show', 12);
const v2 = !process.argv.includes('--v1');
const printSeed = option('--seed', NaN);
const featureArg = process.argv.indexOf('--features');
const features = featureArg >= 0 ? (String(process.argv[featureArg + 1]).split(',') as V2Feature[]) : undefined;
const unknown = (features ?? []).filter((f) => !(V2_FEATURES as readonly string[]).includes(f));
if (unknown.length > 0) throw new Error(`unknown features ${unknown.join(', ')}; known: ${V2_FEATURES.join(', ')}`);
const generate = (seed: number): unknown => generateScenario(seed, { v2, ...(features ? { features } : {}) });

if (Number.isFinite(printSeed)) {
  console.log(JSON.stringify(generate(printSeed), null, 2));
  process.exit(0);
}

const byField = new Map<string, { count: number; seeds: Set<number>; missing: boolean }>();
const invalid = new Map<string, number>();
const thrown = new Map<string, number>();
const referenceThrown = new Map<string, number>();
const details: (Mismatch & { seed: number })[] = [];
let matched = 0;
let compared = 0;
let irrSkipped = 0;

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

for (let seed = first; seed < first + count; seed++) {
  const input = generate(seed);
  let ref;
  try {
    ref = referenceProject(input);
  } catch (error) {
    bump(referenceThrown, String((error as Error).message));
    continue;
  }
  const checked = validateScenario(input);
  if (!checked.ok) {
    for (const issue of checked.issues) bump(invalid, `${issue.code} at ${issue.path.replace(/\[\d+\]/g, '[*]')}`);
    continue;
  }
  let engine: unknown;
  try {
    engine = JSON.parse(JSON.stringify(project(checked.scenario)));
  } catch (error) {
    bump(thrown, String((error as Error).message).replace(/"[^"]*"/g, '"…"').slice(0, 160));
    continue;
  }
  compared += 1;
  if (ref.notes.irr === 'fragile') irrSkipped += 1;
  const mismatches = compareProjection(engine, ref, { scope: process.argv.includes('--v1-fields') ? 'v1' : 'all', paybacks: !process.argv.includes('--no-paybacks') });
  if (mismatches.length === 0) matched += 1;
  for (const m of mismatches) {
    const entry = byField.get(m.field) ?? { count: 0, seeds: new Set<number>(), missing: true };
    entry.missing &&= m.engine === undefined || m.engine === 'missing';
    entry.count += 1;
    entry.seeds.add(seed);
    byField.set(m.field, entry);
    const missing = m.engine === undefined || m.engine === 'missing';
    if (!missing && details.length < show && !details.some((d) => d.field === m.field)) details.push({ seed, ...m });
  }
}

const table = (title: string, map: Map<string, number>): void => {
  if (map.size === 0) return;
  console.log(`\n${title}:`);
  for (const [key, n] of [...map].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${key}`);
};

console.log(`${count} ${v2 ? `v2 (${(features ?? ['all features']).join(', ')})` : 'v1'} scenarios (seeds ${first}…${first + count - 1}): ${compared} projected and compared, ${matched} match on every value; IRR not compared in ${irrSkipped} (reference root count fragile)`);
table('Reference threw (generator or reference bug)', referenceThrown);
table('Validation issues (by code and path)', invalid);
table('Engine threw', thrown);
if (byField.size > 0) {
  const sorted = [...byField].sort((a, b) => b[1].seeds.size - a[1].seeds.size || b[1].count - a[1].count);
  for (const missing of [true, false]) {
    const rows = sorted.filter(([, entry]) => entry.missing === missing);
    if (rows.length === 0) continue;
    console.log(missing ? '\nFields the engine does not return (values, scenarios):' : '\nMismatched values by field (values, scenarios):');
    for (const [field, entry] of rows) console.log(`  ${String(entry.count).padStart(7)} ${String(entry.seeds.size).padStart(5)}  ${field}`);
  }
  console.log('\nFirst mismatched values (one per field):');
  for (const d of details) {
    console.log(`  seed ${d.seed}  ${d.path}\n      engine    ${JSON.stringify(d.engine)}\n      reference ${JSON.stringify(d.reference)}`);
  }
}
// A non-zero exit status when anything failed, so the script can gate a CI step.
if (byField.size + invalid.size + thrown.size + referenceThrown.size > 0) process.exitCode = 1;
