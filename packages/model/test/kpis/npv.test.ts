import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { discountedFlows, npv } from '../../src/kpis/npv';

const d = (values: readonly (number | string)[]): Decimal[] => values.map((v) => new Decimal(v));
const near = (actual: Decimal, expected: Decimal | string, tolerance = '1e-28'): boolean =>
  actual.minus(expected).abs().lte(tolerance);

/** Independent float64 NPV with one pow per month, the textbook way. */
const floatNpv = (flows: readonly number[], m: number): number =>
  flows.reduce((sum, cf, t) => sum + cf / Math.pow(1 + m, t), 0);

const cents = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((c) => new Decimal(c).div(100));
const flowSeries = fc.array(cents, { minLength: 1, maxLength: 120 });

describe('npv', () => {
  it('leaves month 0 undiscounted and divides month t by (1+m)^t', () => {
    // −100 + 110/1.1 + 121/1.21 = −100 + 100 + 100 = 100
    expect(near(npv(d([-100, 110, 121]), new Decimal('0.1')), '100')).toBe(true);
  });

  it("equals CF0 + spreadsheet NPV(m; CF1…) on Excel's documented example", () => {
    // Excel help for NPV: =NPV(8%, 8000, 9200, 10000, 12000, 14500) + (−40000) = $1,922.06.
    // Exact value from Python fractions: −40000 + Σ CF_t / 1.08^t.
    const flows = d([-40000, 8000, 9200, 10000, 12000, 14500]);
    expect(near(npv(flows, new Decimal('0.08')), '1922.061554932372200893071507118974288')).toBe(true);
    // Same help page: adding a −9000 year gives ($3,749.47).
    const withLoss = d([-40000, 8000, 9200, 10000, 12000, 14500, -9000]);
    expect(near(npv(withLoss, new Decimal('0.08')), '-3749.465087015570825940493818332876040')).toBe(true);
  });

  it('is the plain sum of the flows at 0 %', () => {
    expect(npv(d(['-1000.25', '300.10', '700.15']), new Decimal(0)).toFixed()).toBe('0');
  });

  it('is 0 for no months', () => {
    expect(npv([], new Decimal('0.01')).isZero()).toBe(true);
  });

  it('refuses a monthly rate of −100 % or below', () => {
    expect(() => npv(d([1, 2]), new Decimal(-1))).toThrow(RangeError);
  });

  it('agrees with a float64 NPV that takes a power per month', () => {
    fc.assert(
      fc.property(flowSeries, fc.integer({ min: 0, max: 500 }), (flows, bp) => {
        const m = new Decimal(bp).div(10_000);
        const expected = floatNpv(flows.map((f) => f.toNumber()), m.toNumber());
        const gross = flows.reduce((s, f) => s + Math.abs(f.toNumber()), 0);
        expect(Math.abs(npv(flows, m).toNumber() - expected)).toBeLessThanOrEqual(1e-12 * gross + 1e-9);
      }),
    );
  });

  it('at 0 % equals the sum of the flows exactly', () => {
    fc.assert(
      fc.property(flowSeries, (flows) => {
        const sum = flows.reduce((s, f) => s.plus(f), new Decimal(0));
        expect(npv(flows, new Decimal(0)).eq(sum)).toBe(true);
      }),
    );
  });
});

describe('discountedFlows', () => {
  it('divides month t by (1+m)^t and keeps month 0', () => {
    // 100, 100/1.25, 100/1.25² = 100, 80, 64
    const out = discountedFlows(d([100, 100, 100]), new Decimal('0.25'));
    expect(out.map((x) => x.toFixed())).toEqual(['100', '80', '64']);
  });

  it('sums to the NPV', () => {
    fc.assert(
      fc.property(flowSeries, fc.integer({ min: -50, max: 500 }), (flows, bp) => {
        const m = new Decimal(bp).div(10_000);
        const sum = discountedFlows(flows, m).reduce((s, f) => s.plus(f), new Decimal(0));
        expect(near(sum, npv(flows, m), '1e-20')).toBe(true);
      }),
    );
  });
});
