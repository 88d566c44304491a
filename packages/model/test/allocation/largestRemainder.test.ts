import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { allocateCents, allocateToCents, roundToCents } from '../../src/allocation/largestRemainder';

const d = (values: readonly (number | string)[]): Decimal[] => values.map((v) => new Decimal(v));
const third = new Decimal(100).div(3);

describe('roundToCents', () => {
  it('rounds half to even, on exact decimals', () => {
    expect(['0.125', '0.135', '-0.125', '2.675', '2.665', '1.2349'].map((x) => roundToCents(new Decimal(x)).toFixed(2)))
      .toEqual(['0.12', '0.14', '-0.12', '2.68', '2.66', '1.23']);
  });
});

describe('allocateCents', () => {
  it('splits $100 in three as 33.34, 33.33, 33.33, the extra cent to the first', () => {
    expect(allocateCents([third, third, third])).toEqual([3334n, 3333n, 3333n]);
    expect(allocateToCents([third, third, third]).map((x) => x.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
  });

  it('hands the missing cents to the largest remainders', () => {
    // Total 3.015 → 301.5 cents → half-even 302. Floors 100 each (300), remainders .4 .6 .5:
    // the two missing cents go to the .6 and the .5.
    expect(allocateCents(d(['1.004', '1.006', '1.005']))).toEqual([100n, 101n, 101n]);
  });

  it('breaks ties between equal remainders by lower index', () => {
    // 0.005 + 0.005 = 1 cent; both remainders .5: the first gets it.
    expect(allocateCents(d(['0.005', '0.005']))).toEqual([1n, 0n]);
  });

  it('rounds the total half-even', () => {
    expect(allocateCents(d(['0.005']))).toEqual([0n]); // 0.5 cent → 0
    expect(allocateCents(d(['0.015']))).toEqual([2n]); // 1.5 cents → 2
    expect(allocateCents(d(['0.0025', '0.0025']))).toEqual([0n, 0n]); // total 0.5 cent → 0
  });

  it('keeps zero and whole-cent amounts exactly as they are', () => {
    // Total 1.00; floors 0, 33, 33, 33, 25 and remainders 0, .3, .3, .4, 0: one cent to the .4.
    expect(allocateCents(d([0, '0.333', '0.333', '0.334', '0.25']))).toEqual([0n, 33n, 33n, 34n, 25n]);
  });

  it('rounds credits (negative amounts) on the same number line', () => {
    // −1.234 → floor −124 (remainder .6); 2.001 → 200 (remainder .1); total 0.767 → 77 cents.
    expect(allocateCents(d(['-1.234', '2.001']))).toEqual([-123n, 200n]);
    // Opposite half-cent amounts: total 0, each still within a cent of its value.
    expect(allocateCents(d(['1000.005', '-1000.005']))).toEqual([100001n, -100001n]);
  });

  it('returns nothing for no amounts', () => {
    expect(allocateCents([])).toEqual([]);
  });

  const amount = fc
    .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1000 }))
    .map(([n, q]) => new Decimal(n).div(q).div(100));
  const amounts = fc.array(fc.oneof(amount, fc.constant(new Decimal(0))), { maxLength: 60 });

  it('preserves the total: the cents sum to the total rounded half-even to cents', () => {
    fc.assert(
      fc.property(amounts, (xs) => {
        const total = roundToCents(xs.reduce((s, x) => s.plus(x), new Decimal(0)));
        const sum = allocateCents(xs).reduce((s, c) => s + c, 0n);
        expect(sum.toString()).toBe(total.times(100).toFixed(0));
      }),
    );
  });

  it('moves every part by less than one cent, and never moves a whole-cent part', () => {
    fc.assert(
      fc.property(amounts, (xs) => {
        const cents = allocateCents(xs);
        for (const [i, x] of xs.entries()) {
          const exact = x.times(100);
          const got = new Decimal((cents[i] ?? NaN).toString());
          expect(got.minus(exact).abs().lt(1)).toBe(true);
          if (exact.isInteger()) expect(got.eq(exact)).toBe(true);
        }
      }),
    );
  });
});
