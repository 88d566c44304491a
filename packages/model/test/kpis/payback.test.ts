import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { cumulative, discountedPaybackMonths, paybackMonths } from '../../src/kpis/payback';

const d = (values: readonly (number | string)[]): Decimal[] => values.map((v) => new Decimal(v));
const near = (actual: Decimal | null, expected: Decimal | string): boolean =>
  actual !== null && actual.minus(expected).abs().lte('1e-30');

describe('paybackMonths', () => {
  // Spec §4 (v2): payback = (k − 1) + (−cumulative_{k−1}) / CF_k, the spreadsheet convention
  // (month t's flow at time t, the cumulative interpolated between times k − 1 and k).
  it('interpolates between month k − 1 and month k, k the month the cumulative turns non-negative', () => {
    // Cumulative −100, −40, 20: turns non-negative in month k = 2; (2 − 1) + 40/60 = 5/3 (v1 said 8/3).
    expect(near(paybackMonths(d([-100, 60, 60])), new Decimal(5).div(3))).toBe(true);
  });

  it('is k when the cumulative reaches exactly zero in month k', () => {
    // Cumulative −100, −50, 0: k = 2, (2 − 1) + 50/50 = 2.
    expect(paybackMonths(d([-100, 50, 50]))?.toFixed()).toBe('2');
  });

  it('matches the spreadsheet: a −1000 outlay recovered by 400 a month pays back in 2.5 months', () => {
    // Cumulative −1000, −600, −200, 200: k = 3, (3 − 1) + 200/400 = 2.5; a spreadsheet's
    // "years before full recovery + unrecovered / next flow" gives the same 2 + 0.5.
    expect(paybackMonths(d([-1000, 400, 400, 400]))?.toFixed()).toBe('2.5');
  });

  it('is 0 when the cumulative is not negative in month 0, whatever follows', () => {
    expect(paybackMonths(d([10, 5]))?.toFixed()).toBe('0');
    expect(paybackMonths(d([0, -50, 100]))?.toFixed()).toBe('0');
  });

  it('is null when the cumulative never recovers', () => {
    expect(paybackMonths(d([-100, 30, 30]))).toBeNull();
    expect(paybackMonths([])).toBeNull();
  });

  it('counts the first crossing even when the cumulative dips below zero again', () => {
    // Cumulative −100, 50, −150, −140: first crossing in month 1, (1 − 1) + 100/150 = 2/3.
    expect(near(paybackMonths(d([-100, 150, -200, 10])), new Decimal(2).div(3))).toBe(true);
  });

  it('lies in (k − 1, k] for the first month k whose cumulative is non-negative', () => {
    const flows = fc.array(fc.integer({ min: -10_000, max: 10_000 }), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(flows, (xs) => {
        // Independent float64 version of the spec formula.
        let cum = 0;
        let expected: number | null = null;
        for (const [k, cf] of xs.entries()) {
          const before = cum;
          cum += cf;
          if (cum >= 0) {
            expected = k === 0 ? 0 : k - 1 + -before / cf;
            break;
          }
        }
        const actual = paybackMonths(d(xs));
        if (expected === null) expect(actual).toBeNull();
        else expect(actual?.toNumber()).toBeCloseTo(expected, 12);
      }),
    );
  });
});

describe('discountedPaybackMonths', () => {
  it('pays back later than the undiscounted flows, on the discounted cumulative', () => {
    // At 20 % a month: −100, 60/1.2 = 50, 60/1.44 = 125/3, 60/1.728 = 625/18.
    // Cumulative −100, −50, −25/3, then positive in month 3: (3 − 1) + (25/3)/(625/18) = 2 + 450/1875 = 2.24.
    const flows = d([-100, 60, 60, 60]);
    expect(near(discountedPaybackMonths(flows, new Decimal('0.2')), '2.24')).toBe(true);
    expect(near(paybackMonths(flows), new Decimal(5).div(3))).toBe(true);
  });

  it('is null when discounting keeps the cumulative below zero', () => {
    expect(discountedPaybackMonths(d([-100, 60, 60]), new Decimal('0.2'))).toBeNull();
  });

  it('equals the undiscounted payback at 0 %', () => {
    const flows = d([-1000, 100, 200, 300, 400, 500]);
    expect(discountedPaybackMonths(flows, new Decimal(0))?.eq(paybackMonths(flows) ?? NaN)).toBe(true);
  });
});

describe('cumulative', () => {
  it('is the running sum of the flows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 120 }), (xs) => {
        const sums = cumulative(d(xs));
        expect(sums).toHaveLength(xs.length);
        let running = 0;
        for (const [t, x] of xs.entries()) {
          running += x; // integers below 2^53: exact in float64
          expect(sums[t]?.toNumber()).toBe(running);
        }
      }),
    );
  });
});
