import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type ScenarioInput } from '../../src/scenario/schema';
import { typicalScenario } from '../fixtures/typical';
import { scenarioInputArbitrary } from './arbitraries';
import { floatDisagreements } from './floatVsDecimal';

type Capital = {
  lag: number;
  life: number | null;
  reserved: number;
  terminal: boolean;
  tax: null | 'book' | 'macrs5';
  bonus: number;
  hostingEscalation: number;
};

/** The scenario with §8/§9 platform features: lag and useful life on owned fleets, reserved nodes on rented auto fleets. */
function withCapital(input: ScenarioInput, c: Capital): ScenarioInput {
  return {
    ...input,
    terminalValue: c.terminal ? 'bookValue' : 'none',
    ...(c.tax === null ? {} : { tax: { rate: 0.25, depreciation: c.tax, bonusPct: c.bonus } }),
    hosting: { ...input.hosting, annualEscalation: c.hostingEscalation },
    platforms: input.platforms.map((p) => {
      const acquisition = p.acquisition;
      if (acquisition === undefined || acquisition.type === 'own') {
        return { ...p, deploymentLagMonths: c.lag, ...(c.life === null ? {} : { usefulLifeMonths: c.life }) };
      }
      if (p.fleet.mode !== 'auto') return p;
      return { ...p, acquisition: { ...acquisition, reserved: { nodes: c.reserved, pricePerGpuHour: 1.7 } } };
    }),
  };
}

const capitalArbitrary = fc.record({
  lag: fc.integer({ min: 0, max: 24 }),
  life: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  reserved: fc.integer({ min: 0, max: 6 }),
  terminal: fc.boolean(),
  tax: fc.constantFrom(null, 'book' as const, 'macrs5' as const),
  bonus: fc.constantFrom(0, 0.4, 1),
  hostingEscalation: fc.constantFrom(0, 0.05, -0.2),
});

// The float64 instance runs the same §8/§9 platform formulas (fast/platformFloat.ts): every month
// line (capital lines included), node count and KPI within 1e-9 of the Decimal engine.
describe('float64 instance with §8 cohorts and §9 reserved rent', () => {
  it('agrees on the typical scenario with lag, useful life, terminal value, MACRS tax, escalation', () => {
    const input = withCapital(typicalScenario as unknown as ScenarioInput, { lag: 3, life: 18, reserved: 2, terminal: true, tax: 'macrs5', bonus: 0.4, hostingEscalation: 0.05 });
    expect(floatDisagreements(scenarioSchema.parse(input))).toEqual([]);
  });

  it('agrees on 150 generated scenarios with generated capital features', () => {
    fc.assert(
      fc.property(scenarioInputArbitrary, capitalArbitrary, (input, c) => {
        const parsed = scenarioSchema.safeParse(withCapital(input as ScenarioInput, c));
        if (!parsed.success) throw new Error(`invalid: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
        expect(floatDisagreements(parsed.data)).toEqual([]);
      }),
      { numRuns: 150, seed: 20261203 },
    );
  }, 120_000);
});
