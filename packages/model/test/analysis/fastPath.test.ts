import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, createWorkspace, projectFloat } from '../../src/fast';
import { PRESETS } from '../../src/presets';
import { scenarioSchema } from '../../src/scenario/schema';
import { largeScenario, typicalScenario } from '../fixtures/typical';
import { scenarioInputArbitrary } from './arbitraries';
import { floatDisagreements } from './floatVsDecimal';

// The float64 instance of the engine against the Decimal instance: every month line, node count
// and analysis KPI within 1e-9 (floatVsDecimal.ts), none set aside. bench/compare-engines.ts runs
// the same check on 2,000 more generated scenarios.
describe('float64 instance against the Decimal instance', () => {
  it('agrees on the typical and the large scenario', () => {
    expect(floatDisagreements(typicalScenario)).toEqual([]);
    expect(floatDisagreements(largeScenario())).toEqual([]);
  }, 30_000);

  it('agrees on every preset scenario', () => {
    const presets = PRESETS.flatMap((p) => p.scenarios.map((input) => scenarioSchema.parse(input)));
    expect(presets.length).toBeGreaterThan(0);
    for (const s of presets) expect(floatDisagreements(s), s.name).toEqual([]);
  });

  it('gives the same result when a workspace is reused across scenarios of one shape', () => {
    const fs = compileScenario(typicalScenario);
    const ws = createWorkspace(fs);
    const first = Array.from(projectFloat(fs, ws).cashFlow);
    projectFloat({ ...fs, energyPrice: fs.energyPrice * 3 }, ws);
    expect(Array.from(projectFloat(fs, ws).cashFlow)).toEqual(first);
  });

  it('agrees on 200 generated scenarios, none set aside', () => {
    fc.assert(
      fc.property(scenarioInputArbitrary, (input) => {
        const parsed = scenarioSchema.safeParse(input);
        if (!parsed.success) throw new Error(`generator made an invalid scenario: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
        expect(floatDisagreements(parsed.data)).toEqual([]);
      }),
      { numRuns: 200, seed: 20270101 },
    );
  }, 60_000);
});
