/**
 * Property (fast-check): with migration paths, API commitments, seats, token classes and class
 * throughputs, the allocation still sums to the total every month (spec §5 with §9's option idle):
 * Σ applications' allocated + Σ platforms' idle + Σ options' idle = Σ self-hosted cost + apiCost;
 * and every demanded token is counted once: Σ applications' demand = the month's demand.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from '../../src/decimal';
import { runProjection } from '../../src/projection/run';
import type { ApiOptionMonths } from '../../src/allocation/apiCommitment';
import { apiOption, application, ownedPlatform, rentedPlatform, scenario } from '../helpers/build';

const TARGETS = [{ platform: 'p' }, { platform: 'q' }, { api: 'c' }, { api: 'n' }] as const;

const path = fc
  .uniqueArray(fc.integer({ min: 1, max: 5 }), { maxLength: 3 })
  .chain((froms) =>
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: froms.length + 1, maxLength: froms.length + 1 }).map((targets) =>
      [0, ...[...froms].sort((a, b) => a - b)].map((fromMonth, i) => ({ fromMonth, target: TARGETS[targets[i] ?? 0] ?? TARGETS[0] })),
    ),
  );

const app = fc.record({
  path,
  tokens: fc.integer({ min: 0, max: 5e9 }),
  growth: fc.integer({ min: -20, max: 40 }).map((x) => String(x / 100)),
  outputShare: fc.integer({ min: 0, max: 100 }).map((x) => String(x / 100)),
  cached: fc.integer({ min: 0, max: 100 }).map((x) => String(x / 100)),
  batch: fc.integer({ min: 0, max: 100 }).map((x) => String(x / 100)),
  seats: fc.boolean(),
});

const world = fc.record({
  apps: fc.array(app, { minLength: 1, maxLength: 4 }),
  policy: fc.constantFrom('separate' as const, 'spread' as const),
  minimum: fc.integer({ min: 0, max: 20000 }),
  discount: fc.integer({ min: 0, max: 50 }).map((x) => String(x / 100)),
  maxNodes: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  horizon: fc.integer({ min: 1, max: 8 }),
});

describe('allocation with commitments and migrations (property)', () => {
  it('parts sum to the total every month, and demand is counted once', () => {
    fc.assert(
      fc.property(world, (w) => {
        const s = scenario({
          horizonMonths: w.horizon,
          idlePolicy: w.policy,
          platforms: [
            ownedPlatform({ id: 'p', throughput: { m: { input: 3000, output: 700 } }, fleet: { mode: 'auto', targetUtilization: 0.8, ...(w.maxNodes === undefined ? {} : { maxNodes: w.maxNodes }) } }),
            rentedPlatform({ id: 'q', throughput: { m: 1300 } }),
          ],
          apiOptions: [
            apiOption({ id: 'c', inputPricePerMTokens: 3, cachedInputPricePerMTokens: 0.3, outputPricePerMTokens: 15, batchDiscount: 0.5, commitment: { monthlyMinimum: w.minimum, discountPct: w.discount } }),
            apiOption({ id: 'n', inputPricePerMTokens: 1.7, outputPricePerMTokens: 7, annualPriceDecline: 0.3 }),
          ],
          applications: w.apps.map((a, i) =>
            application({
              id: `a${i}`,
              servedBy: a.path,
              outputShare: a.outputShare,
              cachedInputShare: a.cached,
              batchShare: a.batch,
              revenuePerMTokens: 2,
              ...(a.seats
                ? { tokensMonth0: undefined, growth: undefined, seats: { seatsMonth0: 100, monthlyGrowth: a.growth, tokensPerSeatMonth0: a.tokens / 100, tokensPerSeatAnnualGrowth: 0.5 }, revenuePerSeatMonth: 3 }
                : { tokensMonth0: a.tokens, growth: { type: 'compound' as const, monthlyRate: a.growth } }),
            }),
          ),
        });
        const v = runProjection(s);
        const options = (v.apiOptionSeries ?? []) as readonly ApiOptionMonths[];
        for (let t = 0; t < w.horizon; t++) {
          const sum = (xs: readonly (Decimal | undefined)[]) => xs.reduce<Decimal>((acc, x) => acc.plus(x ?? 0), new Decimal(0));
          const parts = sum(v.applications.map((a) => a.allocated[t])).plus(sum(v.platforms.map((p) => p.allocation.idleCost[t]))).plus(sum(options.map((o) => o.idle[t])));
          const total = sum(v.platforms.map((p) => p.costs.selfHostedCost[t])).plus(v.months[t]?.apiCost ?? 0);
          expect(parts.eq(total), `month ${t}: ${parts.toString()} vs ${total.toString()}`).toBe(true);
          expect(sum(v.applications.map((a) => a.demand[t])).eq(v.months[t]?.demandTokens ?? -1)).toBe(true);
          expect(sum(v.applications.map((a) => a.served[t])).eq(v.months[t]?.servedTokens ?? -1)).toBe(true);
          expect(sum(options.map((o) => o.cost[t])).eq(v.months[t]?.apiCost ?? -1)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
