/**
 * §9 API prices by class and commitments (docs/model.md §13): blended
 * `((1−o)·((1−c)·input + c·cachedInput) + o·output)·(1 − b·batchDiscount)`; an option with a
 * commitment costs `max(monthlyMinimum, usage·(1 − discountPct))`, its applications are allocated
 * their discounted cost and the shortfall (unusedCommitment) is idle or spread.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { project } from '../../src/projection/project';
import { runProjection } from '../../src/projection/run';
import { apiOption, application, closeTo, scenario } from '../helpers/build';

const onApi = { servedBy: { api: 'api' } } as const;

describe('API price by token class', () => {
  it('blends cached input and the batch discount: docs §13.1, $4.3065 per M tokens', () => {
    // (0.75 · (0.4 · 3 + 0.6 · 0.3) + 0.25 · 15) · (1 − 0.2 · 0.5) = (1.035 + 3.75) · 0.9 = 4.3065
    // 2e6 tokens: $8.613; decline 19 %/yr: × 0.9 after 6 months = 7.7517, × 0.81 after 12 = 6.97653
    const result = project(
      scenario({
        horizonMonths: 13,
        platforms: [],
        apiOptions: [apiOption({ inputPricePerMTokens: 3, cachedInputPricePerMTokens: 0.3, outputPricePerMTokens: 15, batchDiscount: 0.5, annualPriceDecline: 0.19 })],
        applications: [application({ ...onApi, tokensMonth0: 2e6, outputShare: 0.25, cachedInputShare: 0.6, batchShare: 0.2 })],
      }),
    );
    expect(result.months[0]?.apiCost).toBe('8.613');
    expect(closeTo(result.months[6]?.apiCost, '7.7517', '1e-19')).toBe(true);
    expect(result.months[12]?.apiCost).toBe('6.97653');
    expect(result.months[0]?.applications[0]?.allocatedCost).toBe('8.613');
  });

  it('prices cached input at the input price when the option has no cached price', () => {
    // c = 0.5 with no cachedInputPricePerMTokens: (0.5 · 3 + 0.5 · 3) = 3 → 0.75 · 3 + 0.25 · 15 = 6; 1e6 tokens: $6
    const result = project(
      scenario({
        platforms: [],
        apiOptions: [apiOption({ inputPricePerMTokens: 3, outputPricePerMTokens: 15 })],
        applications: [application({ ...onApi, tokensMonth0: 1e6, outputShare: 0.25, cachedInputShare: 0.5, batchShare: 0.5 })], // no batch discount: b has no effect
      }),
    );
    expect(result.months[0]?.apiCost).toBe('6');
  });

  it('with c = b = 0 projects byte-identically to a scenario without the §9 fields', () => {
    const base = { horizonMonths: 13, platforms: [] };
    const v1 = project(scenario({ ...base, apiOptions: [apiOption({ inputPricePerMTokens: 3.3, outputPricePerMTokens: 15.7, annualPriceDecline: 0.13 })], applications: [application({ ...onApi, tokensMonth0: 1234567, outputShare: 0.37 })] }));
    const v2 = project(
      scenario({
        ...base,
        apiOptions: [apiOption({ inputPricePerMTokens: 3.3, cachedInputPricePerMTokens: 1, outputPricePerMTokens: 15.7, annualPriceDecline: 0.13, batchDiscount: 0.5 })],
        applications: [application({ ...onApi, tokensMonth0: 1234567, outputShare: 0.37, cachedInputShare: 0, batchShare: 0 })],
      }),
    );
    expect(JSON.stringify(v2.months)).toBe(JSON.stringify(v1.months));
    expect(JSON.stringify(v2.kpis)).toBe(JSON.stringify(v1.kpis));
  });
});

/**
 * Two applications on one option at $1 per M tokens: a uses 30e6 tokens ($30), b 10e6 ($10);
 * usage $40, discount 20 %: discounted $32, a $24, b $8.
 */
function committed(minimum: number, policy: 'separate' | 'spread', bTokens = 10e6) {
  return runProjection(
    scenario({
      horizonMonths: 2,
      idlePolicy: policy,
      platforms: [],
      apiOptions: [apiOption({ commitment: { monthlyMinimum: minimum, discountPct: 0.2 } })],
      applications: [
        application({ ...onApi, id: 'a', tokensMonth0: 30e6, growth: { type: 'linear', monthlyIncrement: -30e6 } }), // month 1: no usage from a
        application({ ...onApi, id: 'b', tokensMonth0: bTokens, growth: { type: 'linear', monthlyIncrement: -bTokens } }),
      ],
    }),
  );
}

const str = (x: Decimal | undefined) => x?.toString();

describe('API commitment', () => {
  it('binds: the minimum is owed, the applications pay their discounted cost, the rest is idle (separate)', () => {
    // minimum 100 > 32: cost 100, unused 100 − 32 = 68, idle 68; a 24, b 8
    const v = committed(100, 'separate');
    const option = v.apiOptionSeries?.[0];
    expect(str(option?.cost[0])).toBe('100');
    expect(str(option?.unusedCommitment[0])).toBe('68');
    expect(v.applications.map((a) => str(a.allocated[0]))).toEqual(['24', '8']);
    expect(str(v.months[0]?.apiCost)).toBe('100');
    // month 1: no usage at all; the minimum is still owed and stays idle
    expect(str(option?.cost[1])).toBe('100');
    expect(str(option?.unusedCommitment[1])).toBe('100');
    expect(str(v.months[1]?.apiCost)).toBe('100');
    expect(v.applications.map((a) => str(a.allocated[1]))).toEqual(['0', '0']);
  });

  it('binds under "spread": the shortfall goes to the applications pro rata to usage', () => {
    // 100 · 30/40 = 75, 100 · 10/40 = 25; month 1 (no usage): 100 idle, nothing allocated
    const v = committed(100, 'spread');
    expect(v.applications.map((a) => str(a.allocated[0]))).toEqual(['75', '25']);
    expect(str(v.apiOptionSeries?.[0]?.unusedCommitment[0])).toBe('68');
    expect(v.applications.map((a) => str(a.allocated[1]))).toEqual(['0', '0']);
    expect(str(v.months[1]?.apiCost)).toBe('100');
  });

  it('does not bind: the option costs its discounted usage, nothing unused (both policies)', () => {
    // minimum 10 < 32: cost 32 = 24 + 8
    for (const policy of ['separate', 'spread'] as const) {
      const v = committed(10, policy);
      expect(str(v.apiOptionSeries?.[0]?.cost[0])).toBe('32');
      expect(str(v.apiOptionSeries?.[0]?.unusedCommitment[0])).toBe('0');
      expect(v.applications.map((a) => str(a.allocated[0]))).toEqual(['24', '8']);
      expect(str(v.months[0]?.apiCost)).toBe('32');
    }
  });

  it('docs §13.1: $8,000 usage under a $10,000 minimum at 20 %: $6,400 allocated, $3,600 unused', () => {
    // one application: 8e9 tokens at $1 per M = $8,000
    const v = runProjection(
      scenario({ platforms: [], apiOptions: [apiOption({ commitment: { monthlyMinimum: 10000, discountPct: 0.2 } })], applications: [application({ ...onApi, tokensMonth0: 8e9 })] }),
    );
    expect(str(v.apiOptionSeries?.[0]?.cost[0])).toBe('10000');
    expect(str(v.applications[0]?.allocated[0])).toBe('6400');
    expect(str(v.apiOptionSeries?.[0]?.unusedCommitment[0])).toBe('3600');
  });

  it('keeps the allocation identity: Σ allocated + option idle = apiCost, under both policies', () => {
    for (const policy of ['separate', 'spread'] as const) {
      for (const minimum of [0, 10, 33.333, 100]) {
        const v = committed(minimum, policy, 7777777);
        const option = v.apiOptionSeries?.[0];
        for (let t = 0; t < 2; t++) {
          const allocated = v.applications.reduce((sum, a) => sum.plus(a.allocated[t] ?? 0), new Decimal(0));
          const idle = policy === 'separate' || t === 1 ? (option?.unusedCommitment[t] ?? new Decimal(0)) : new Decimal(0);
          expect(allocated.plus(idle).eq(v.months[t]?.apiCost ?? -1), `${policy} ${minimum} month ${t}`).toBe(true);
        }
      }
    }
  });
});
