import { describe, expect, it } from 'vitest';
import { tornado } from '../../src/analysis';
import { typicalScenario } from '../fixtures/typical';
import { apiOnly, ownedFixed } from './handScenarios';

describe('tornado', () => {
  it('ranks revenue price, capex, energy price, then the drivers without effect, on a scenario worked by hand', () => {
    // ownedFixed (handScenarios.ts): revenue 120,000, capex 100,000, energy 8,760; ±20 % swings
    // move NPV by 0.4 of each: 48,000, 40,000, 3,504. Growth (rate 0), throughput, software and
    // utilisation (the node has room to spare, draws full power at any load) and the discount
    // rate (0) change nothing: spread 0, in DRIVERS order.
    const result = tornado(ownedFixed);
    expect(result.base).toBe('11240');
    expect(result.bars.map((b) => [b.driver, b.spread])).toEqual([
      ['revenuePrice', '48000'],
      ['capex', '40000'],
      ['energyPrice', '3504'],
      ['demandGrowth', '0'],
      ['throughput', '0'],
      ['softwareImprovement', '0'],
      ['utilizationTarget', '0'],
      ['discountRate', '0'],
    ]);
    const revenue = result.bars[0];
    expect([revenue?.low, revenue?.high, revenue?.lowFactor, revenue?.highFactor]).toEqual(['-12760', '35240', '0.8', '1.2']);
    const capex = result.bars[1];
    expect([capex?.low, capex?.high]).toEqual(['31240', '-8760']);
  });

  it('swings by a user-set swing and reports the chosen KPI', () => {
    // apiOnly: NPV = 18,600 · (10p − 4); revenue ±10 %: 18,600 · 2 = 37,200 spread.
    // Demand growth ±10 %: Σ tokens moves by ±0.1 · 6.6e9, NPV by ±0.1 · 6,600 · 6 = ±3,960.
    const result = tornado(apiOnly, { swing: '0.1' });
    expect(result.bars.slice(0, 2).map((b) => [b.driver, b.spread])).toEqual([
      ['revenuePrice', '37200'],
      ['demandGrowth', '7920'],
    ]);
    const revenue = tornado(apiOnly, { swing: 0.5, kpi: 'totalRevenue', drivers: ['revenuePrice'] });
    expect(revenue.base).toBe('186000');
    expect([revenue.bars[0]?.low, revenue.bars[0]?.high]).toEqual(['93000', '279000']);
  });

  it('gives the same ranking and spreads to 1e-9 on the float64 engine (typical scenario)', () => {
    const exact = tornado(typicalScenario);
    const fast = tornado(typicalScenario, { engine: 'float' });
    expect(fast.bars.map((b) => b.driver)).toEqual(exact.bars.map((b) => b.driver));
    exact.bars.forEach((bar, i) => {
      const f = fast.bars[i];
      for (const key of ['low', 'high'] as const) {
        expect(Math.abs(Number(f?.[key]) - Number(bar[key]))).toBeLessThanOrEqual(1e-9 * Math.abs(Number(bar[key])));
      }
    });
  });

  it('rejects a swing outside (0, 1)', () => {
    expect(() => tornado(apiOnly, { swing: 1 })).toThrow(RangeError);
    expect(() => tornado(apiOnly, { swing: 0 })).toThrow(RangeError);
  });
});
