import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { mirr } from '../../src/kpis/mirr';

const d = (values: readonly (number | string)[]): Decimal[] => values.map((v) => new Decimal(v));

/** Independent float64 MIRR, the spec formula term by term with a power per month. */
function floatMirrAnnual(flows: readonly number[], m: number): number {
  const h = flows.length;
  const fv = flows.reduce((s, cf, t) => s + Math.max(cf, 0) * Math.pow(1 + m, h - 1 - t), 0);
  const pv = -flows.reduce((s, cf, t) => s + Math.min(cf, 0) / Math.pow(1 + m, t), 0);
  const y = Math.pow(fv / pv, 1 / (h - 1)) - 1;
  return Math.pow(1 + y, 12) - 1;
}

describe('mirr', () => {
  it('matches the spreadsheet MIRR for −1000, −4000, 5000, 2000 at 10 %, annualised', () => {
    // Inflows at month 3: 5000·1.1 + 2000 = 7500. Outflows at month 0: 1000 + 4000/1.1 = 5100/1.1.
    // Ratio 7500·1.1/5100 = 55/34, so 1 + y = (55/34)^(1/3) (spreadsheet MIRR(…;10 %;10 %) ≈ 17.39 %)
    // and the annual rate is (55/34)^4 − 1 = 9150625/1336336 − 1.
    const annual = mirr(d([-1000, -4000, 5000, 2000]), new Decimal('0.1'));
    const expected = new Decimal(9150625).div(1336336).minus(1);
    expect(annual?.minus(expected).abs().lte('1e-30')).toBe(true);
  });

  it('is the growth between the only outflow and the only inflow for two months', () => {
    // −100 then 121: y = 121/100 − 1 = 21 % a month whatever the rate, so 1.21^12 − 1 a year.
    const expected = new Decimal('1.21').pow(12).minus(1);
    expect(mirr(d([-100, 121]), new Decimal('0.05'))?.eq(expected)).toBe(true);
  });

  it('is null for a single month', () => {
    expect(mirr(d([-100]), new Decimal('0.01'))).toBeNull();
  });

  it('is null when the flows lack an inflow or an outflow', () => {
    expect(mirr(d([100, 50]), new Decimal('0.01'))).toBeNull();
    expect(mirr(d([-100, -50, 0]), new Decimal('0.01'))).toBeNull();
    expect(mirr(d([0, 0]), new Decimal('0.01'))).toBeNull();
  });

  it('agrees with a float64 implementation of the spec formula', () => {
    const flows = fc
      .array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 2, maxLength: 120 })
      .filter((xs) => xs.some((x) => x > 0) && xs.some((x) => x < 0));
    fc.assert(
      fc.property(flows, fc.integer({ min: 0, max: 300 }), (xs, bp) => {
        const m = new Decimal(bp).div(10_000);
        const expected = floatMirrAnnual(xs, m.toNumber());
        const actual = mirr(d(xs), m)?.toNumber();
        expect(Math.abs((actual ?? NaN) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
      }),
    );
  });
});
