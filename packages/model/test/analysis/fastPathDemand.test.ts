import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDriver, applyDriverFloat, DRIVERS } from '../../src/analysis';
import { compileScenario, projectFloat } from '../../src/fast';
import { scenarioSchema, type ScenarioInput } from '../../src/scenario/schema';
import { typicalScenario } from '../fixtures/typical';
import { scenarioInputArbitrary } from './arbitraries';
import { floatDisagreements } from './floatVsDecimal';

type Demand = {
  seats: boolean;
  cached: number;
  batch: number;
  forms: 'plain' | 'byClass' | 'curve';
  migrateAt: number | null;
  minimum: number | null;
};

/** The scenario with §8/§9 demand features: seats, token classes, class/curve throughput, commitments, migration paths. */
function withDemand(input: ScenarioInput, c: Demand): ScenarioInput {
  const apiIds = input.apiOptions.map((o) => o.id);
  const platformFor = (model: string) => input.platforms.find((p) => Object.hasOwn(p.throughput, model))?.id;
  return {
    ...input,
    apiOptions: input.apiOptions.map((o) => ({
      ...o,
      cachedInputPricePerMTokens: 0.1,
      batchDiscount: 0.5,
      ...(c.minimum === null ? {} : { commitment: { monthlyMinimum: c.minimum, discountPct: 0.15 } }),
    })),
    platforms: input.platforms.map((p, i) => ({
      ...p,
      throughput: Object.fromEntries(
        Object.entries(p.throughput).map(([model, v]) => {
          const t = Number(v);
          if (c.forms === 'byClass' || (c.forms === 'curve' && i % 2 === 1)) return [model, { input: t * 4, output: t }];
          if (c.forms === 'curve') return [model, { curve: [{ interactivity: 10, tokensPerSecondPerGpu: t * 2 }, { interactivity: 80, tokensPerSecondPerGpu: t }] }];
          return [model, t];
        }),
      ),
    })),
    applications: input.applications.map((a, i) => {
      const demand =
        c.seats && i % 2 === 0
          ? { seats: { seatsMonth0: 50 + i, monthlyGrowth: 0.01, tokensPerSeatMonth0: Number(a.tokensMonth0 ?? 0) / 50, tokensPerSeatAnnualGrowth: 0.3 }, revenuePerSeatMonth: 25 }
          : { tokensMonth0: a.tokensMonth0, growth: a.growth };
      const { tokensMonth0: _t, growth: _g, ...rest } = a;
      const from = 'platform' in a.servedBy ? a.servedBy : 'api' in a.servedBy ? a.servedBy : undefined;
      const other = from !== undefined && 'platform' in from ? (apiIds[0] === undefined ? undefined : { api: apiIds[0] }) : platformFor(a.model) === undefined ? undefined : { platform: platformFor(a.model) ?? '' };
      const servedBy =
        c.migrateAt === null || from === undefined || other === undefined
          ? a.servedBy
          : [
              { fromMonth: 0, target: from },
              { fromMonth: c.migrateAt, target: other },
              { fromMonth: c.migrateAt + 3, target: from },
            ];
      return { ...rest, ...demand, servedBy, cachedInputShare: c.cached, batchShare: c.batch, minInteractivity: 30 };
    }),
  } as ScenarioInput;
}

const demandArbitrary = fc.record({
  seats: fc.boolean(),
  cached: fc.constantFrom(0, 0.3, 1),
  batch: fc.constantFrom(0, 0.5),
  forms: fc.constantFrom('plain' as const, 'byClass' as const, 'curve' as const),
  migrateAt: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  minimum: fc.option(fc.constantFrom(0, 1000, 1e6), { nil: null }),
});

// The float64 instance runs the same §8 migration and §9 demand formulas (fast/applicationsFloat.ts):
// every month line, node count and KPI within 1e-9 of the Decimal engine.
describe('float64 instance with §8 migration paths and §9 demand and prices', () => {
  it('agrees on the typical scenario with seats, classes, curves, commitments and migrations', () => {
    for (const forms of ['byClass', 'curve'] as const) {
      const input = withDemand(typicalScenario as unknown as ScenarioInput, { seats: true, cached: 0.3, batch: 0.5, forms, migrateAt: 5, minimum: 1e6 });
      expect(floatDisagreements(scenarioSchema.parse(input))).toEqual([]);
    }
  });

  it('agrees on 150 generated scenarios with generated demand features', () => {
    fc.assert(
      fc.property(scenarioInputArbitrary, demandArbitrary, (input, c) => {
        const parsed = scenarioSchema.safeParse(withDemand(input as ScenarioInput, c));
        if (!parsed.success) throw new Error(`invalid: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
        expect(floatDisagreements(parsed.data)).toEqual([]);
      }),
      { numRuns: 150, seed: 20261203 },
    );
  }, 180_000);

  it('drives seats, class and curve rates and seat prices alike on both paths (every driver at 0.7 and 1.3)', () => {
    for (const forms of ['byClass', 'curve'] as const) {
      const s = scenarioSchema.parse(withDemand(typicalScenario as unknown as ScenarioInput, { seats: true, cached: 0.3, batch: 0.5, forms, migrateAt: 5, minimum: 1e6 }));
      const fs = compileScenario(s);
      for (const driver of DRIVERS) {
        for (const f of [0.7, 1.3]) {
          const viaDecimal = Array.from(projectFloat(compileScenario(applyDriver(s, driver, f))).cashFlow);
          const viaFloat = Array.from(projectFloat(applyDriverFloat(fs, driver, f)).cashFlow);
          viaDecimal.forEach((v, t) => expect(Math.abs((viaFloat[t] ?? NaN) - v), `${forms} ${driver} × ${f} at ${t}`).toBeLessThanOrEqual(1e-9 * Math.abs(v) + 1e-6));
        }
      }
    }
  });
});
