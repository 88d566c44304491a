import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analysis';
import { scenarioSchema } from '../../src/scenario/schema';
import { apiOnly, apiOnlyInput, ownedFixed } from './handScenarios';

const doubledApiPrice = scenarioSchema.parse({
  ...apiOnlyInput,
  name: 'API at twice the price',
  apiOptions: [{ id: 'api', name: 'API', inputPricePerMTokens: 8, outputPricePerMTokens: 8, annualPriceDecline: 0 }],
});

describe('compare', () => {
  it('puts KPIs side by side with absolute and relative deltas against the first scenario', () => {
    // NPV 18,600 · (10 − 4) = 111,600 against 18,600 · (10 − 8) = 37,200.
    const r = compare([apiOnly, doubledApiPrice]);
    expect(r.scenarios.map((s) => [s.name, s.kpis.npv])).toEqual([
      ['API only', '111600'],
      ['API at twice the price', '37200'],
    ]);
    expect(r.deltas[0]?.kpis.npv.absolute).toBe('-74400');
    expect(Number(r.deltas[0]?.kpis.npv.relative)).toBeCloseTo(-2 / 3, 30);
    expect(r.deltas[0]?.kpis.costPerMTokens).toEqual({ absolute: '4', relative: '1' });
  });

  it('gives the buyer ratios: cost per M tokens, tokens per MWh, capex per token/s (null without platforms)', () => {
    const r = compare([apiOnly, doubledApiPrice]);
    expect(r.ratios).toEqual([{ scenario: 1, costPerMTokens: '2', tokensPerMWh: null, capexPerTokenPerSecond: null }]);
    // ownedFixed: 1e9 tokens a month; the peak per second is February (672 h): 1e9 / 2,419,200 s.
    // Capex 100,000 / that = 241.92 $ per token/s.
    const owned = compare([ownedFixed, ownedFixed]);
    expect(owned.scenarios[0]?.kpis.capexPerTokenPerSecond).toBe('241.92');
    expect(owned.ratios[0]).toEqual({ scenario: 1, costPerMTokens: '1', tokensPerMWh: '1', capexPerTokenPerSecond: '1' });
  });

  it('takes 2 to 6 scenarios', () => {
    expect(() => compare([apiOnly])).toThrow(RangeError);
    expect(() => compare(Array.from({ length: 7 }, () => apiOnly))).toThrow(RangeError);
  });
});
