import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, ZERO } from '../src/decimal';
import { exactSum } from '../src/exactSum';

/** The reference: the chained 34-digit sum that exactSum must reproduce, field for field. */
function chained(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const value of values) if (!value.isZero()) total = total.plus(value);
  return total;
}

const fields = (x: Decimal) => ({ s: x.s, e: x.e, d: [...x.d], text: x.toFixed() });

const anyValue = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 36n }), fc.integer({ min: -30, max: 20 }), fc.constantFrom(0, 1, 6, 14, 20, 34))
  .map(([negative, digits, exponent, places]) =>
    new Decimal(`${negative ? '-' : ''}${digits}e${exponent}`).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN),
  );
const onOneGrid = fc.constantFrom(0, 6, 20).chain((places) =>
  fc.array(
    fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n })).map(([negative, digits]) => new Decimal(`${negative ? '-' : ''}${digits}e-${places}`)),
    { maxLength: 300 },
  ),
);

describe('exactSum', () => {
  it('is the chained Decimal sum for values on a grid, of any sign (the fast path)', () => {
    fc.assert(fc.property(onOneGrid, (values) => {
      expect(fields(exactSum(values))).toEqual(fields(chained(values)));
    }), { numRuns: 2000 });
  });

  it('is the chained Decimal sum for any values, also where the chain rounds (the fallback)', () => {
    fc.assert(fc.property(fc.array(anyValue, { maxLength: 60 }), (values) => {
      expect(fields(exactSum(values))).toEqual(fields(chained(values)));
    }), { numRuns: 2000 });
  });

  it('gives +0 for an empty list and for terms that cancel', () => {
    expect(exactSum([]).toFixed()).toBe('0');
    const terms = Array.from({ length: 20 }, (_, i) => new Decimal(`${i % 2 === 0 ? '' : '-'}1.5`));
    expect(exactSum(terms).s).toBe(1);
    expect(exactSum(terms).isZero()).toBe(true);
  });
});
