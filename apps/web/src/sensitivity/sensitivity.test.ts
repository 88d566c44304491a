import { describe, expect, it } from 'vitest';
import type { TornadoResult } from '@tokenplan/model';
import { initialForm, toOptions } from './monteCarloForm';
import { tornadoRows } from './tornadoRows';

const bar = (driver: TornadoResult['bars'][number]['driver'], low: string, high: string) => ({
  driver,
  label: driver,
  lowFactor: '0.8',
  highFactor: '1.2',
  low,
  high,
  spread: String(Math.abs(Number(high) - Number(low))),
});

describe('tornadoRows', () => {
  it('draws each end as a delta from the base, left and right when the ends straddle it', () => {
    const result: TornadoResult = { kpi: 'npv', swing: '0.2', engine: 'float', base: '100', bars: [bar('revenuePrice', '60', '140'), bar('capex', '110', '90')] };
    const { base, rows } = tornadoRows(result);
    expect(base).toBe(100);
    expect(rows.map((r) => [r.lowSegment, r.highSegment])).toEqual([
      [-40, 40],
      [10, -10],
    ]);
  });

  it('stacks same-side ends so the bar still ends at each value', () => {
    // Both ends above the base (110 and 130): the low end 10, then the high end 20 more.
    const result: TornadoResult = { kpi: 'npv', swing: '0.2', engine: 'float', base: '100', bars: [bar('utilizationTarget', '110', '130')] };
    expect(tornadoRows(result).rows[0]).toMatchObject({ lowSegment: 10, highSegment: 20 });
    const reversed: TornadoResult = { ...result, bars: [bar('utilizationTarget', '130', '110')] };
    expect(tornadoRows(reversed).rows[0]).toMatchObject({ lowSegment: 20, highSegment: 10 });
  });
});

describe('toOptions', () => {
  it('turns % bounds into factors for the enabled drivers', () => {
    const form = initialForm();
    const parsed = toOptions({ ...form, paths: '5000', seed: '9', drivers: { ...form.drivers, capex: { enabled: true, low: '-10', mode: '5', high: '30' } } });
    if (!('options' in parsed)) throw new Error(parsed.problems.join(' '));
    expect(parsed.options.paths).toBe(5000);
    expect(parsed.options.seed).toBe(9);
    expect(parsed.options.distributions?.capex).toEqual({ low: 0.9, mode: 1.05, high: 1.3 });
    expect(parsed.options.distributions?.discountRate).toBeUndefined();
  });

  it('reports bounds out of order and paths out of range', () => {
    const form = initialForm();
    const parsed = toOptions({ ...form, paths: '60000', drivers: { ...form.drivers, energyPrice: { enabled: true, low: '10', mode: '0', high: '20' } } });
    expect('problems' in parsed && parsed.problems).toEqual([
      'Paths must be a whole number from 1 to 50,000.',
      'Energy price: need low ≤ most likely ≤ high, and low above −100%.',
    ]);
  });
});
