/**
 * The scenarios the engine harnesses (bytes-vs.ts, compare-engines.ts) run: the benchmark fixtures
 * (typical, large), the hand scenarios of the analysis tests, every preset, `count` fast-check
 * scenarios (scenarioInputArbitrary, fixed seed) and `v2Count` scenarios of the reference generator
 * with the v2 fields and as many without. And the harnesses' `--name value` options.
 */
import fc from 'fast-check';
import { scenarioInputArbitrary } from '../test/analysis/arbitraries';
import { apiOnly, ownedFixed } from '../test/analysis/handScenarios';
import { largeScenario, typicalScenario } from '../test/fixtures/typical';
import { generateScenario } from '../test/reference/generate';
import { PRESETS, scenarioSchema, validateScenario, type Scenario } from '../src/index';

export interface NamedScenario {
  name: string;
  scenario: Scenario;
}

export interface BenchScenarioOptions {
  seed: number;
  count: number;
  v2Count?: number;
  /** How the fast-check inputs are parsed (compare-engines.ts: with the previous engine's schema). */
  parse?: (input: unknown) => { success: true; data: Scenario } | { success: false; error: { issues: unknown[] } };
}

export function benchScenarios({ seed, count, v2Count = 0, parse = (input) => scenarioSchema.safeParse(input) as never }: BenchScenarioOptions): NamedScenario[] {
  const list: NamedScenario[] = [
    { name: 'typical', scenario: typicalScenario },
    { name: 'large', scenario: largeScenario() },
    { name: 'hand:apiOnly', scenario: apiOnly },
    { name: 'hand:ownedFixed', scenario: ownedFixed },
  ];
  for (const preset of PRESETS) {
    preset.scenarios.forEach((input, i) => list.push({ name: `preset:${preset.id}[${i}]`, scenario: scenarioSchema.parse(input) }));
  }
  fc.sample(scenarioInputArbitrary, { seed, numRuns: count }).forEach((input, i) => {
    const parsed = parse(input);
    if (!parsed.success) throw new Error(`generated scenario ${i} is invalid: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
    list.push({ name: `generated#${i}`, scenario: parsed.data });
  });
  for (let s = 1; s <= v2Count; s++) {
    for (const v2 of [true, false]) {
      const checked = validateScenario(generateScenario(s, { v2 }));
      if (!checked.ok) throw new Error(`reference-generated ${s} (v2 ${v2}) is invalid: ${JSON.stringify(checked.issues.slice(0, 2))}`);
      list.push({ name: `reference${v2 ? '-v2' : ''}#${s}`, scenario: checked.scenario });
    }
  }
  return list;
}

/** `--name value` from the command line, else `fallback`. */
export function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}
