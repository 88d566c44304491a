import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/decimal';
import { DOWN, HALF_EVEN, add, ceil, compare, div, mul, mulToPlaces, sub, toPlaces } from '../src/wordArithmetic';

/** Field for field: sign (also of a zero), exponent, words. */
const fields = (x: Decimal) => ({ s: x.s, e: x.e, d: [...(x.d ?? [])], text: x.toFixed() });

/** Any finite value: 1 to 40 digits (the constructor keeps them all), exponents from 1e-45 to 1e25, either sign. */
const digits = fc.oneof(
  fc.bigInt({ min: 0n, max: 10n ** 40n }),
  fc.bigInt({ min: 0n, max: 10n ** 7n }),
  // ties and carries: a run of 9s, or digits ending in 5 / 50…0
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('9', '5', '0')).map(([n, d]) => BigInt(`1${d.repeat(n)}`)),
  fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 34n }), fc.integer({ min: 0, max: 8 })).map(([n, z]) => BigInt(`${n}5${'0'.repeat(z)}`)),
);
const anyValue = fc
  .tuple(fc.boolean(), digits, fc.integer({ min: -45, max: 25 }))
  .map(([negative, n, exponent]) => new Decimal(`${negative ? '-' : ''}${n}e${exponent}`));
/** Values as the engine has them: results of 34-digit operations, or on a grid. */
const engineValue = fc.oneof(
  anyValue.map((x) => x.times(1)),
  fc.tuple(anyValue, fc.constantFrom(0, 6, 20)).map(([x, places]) => x.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN)),
);
const value = fc.oneof(anyValue, engineValue);
/** One-word divisors: an integer below 1e7 times a power of 1e7 (node counts, GPU-hours). */
const oneWord = fc
  .tuple(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: -3, max: 3 }), fc.boolean())
  .map(([n, k, negative]) => new Decimal(n).times(new Decimal(10).pow(7 * k)).times(negative ? -1 : 1));
const places = fc.constantFrom(0, 2, 6, 20, 34);
const rounding = fc.constantFrom(HALF_EVEN, DOWN);
const RUNS = { numRuns: 3000 };

describe('wordArithmetic: the same Decimal as decimal.js', () => {
  it('mul is times (34 digits, half-even)', () => {
    fc.assert(fc.property(value, value, (x, y) => {
      expect(fields(mul(x, y))).toEqual(fields(x.times(y)));
    }), RUNS);
  });

  it('add is plus and sub is minus (34 digits, half-even), of any signs and any distance apart', () => {
    fc.assert(fc.property(value, value, (x, y) => {
      expect(fields(add(x, y))).toEqual(fields(x.plus(y)));
      expect(fields(sub(x, y))).toEqual(fields(x.minus(y)));
      expect(fields(sub(x, x))).toEqual(fields(x.minus(x)));
    }), RUNS);
  });

  it('add and sub with a zero operand (±0) are plus and minus: the other operand, rounded when over 34 digits; the sign of 0 ± 0', () => {
    const zero = fc.constantFrom(new Decimal(0), new Decimal('-0'), new Decimal('0e-20'), new Decimal(0).times(-1));
    fc.assert(fc.property(zero, fc.oneof(value, zero), (z, y) => {
      for (const [a, b] of [[z, y], [y, z]] as const) {
        expect(fields(add(a, b))).toEqual(fields(a.plus(b)));
        expect(fields(sub(a, b))).toEqual(fields(a.minus(b)));
      }
    }), RUNS);
  });

  it('compare is cmp, also for equal values written differently and for ±0', () => {
    fc.assert(fc.property(value, value, (x, y) => {
      expect(compare(x, y)).toBe(x.cmp(y));
      expect(compare(x, new Decimal(x.toFixed()))).toBe(0);
      expect(compare(x.neg(), y)).toBe(x.neg().cmp(y));
    }), RUNS);
    expect(compare(new Decimal('-0'), new Decimal(0))).toBe(0);
    expect(compare(new Decimal('1.5'), new Decimal('1.50000000000001'))).toBe(-1);
    expect(compare(new Decimal('-2'), new Decimal('-10'))).toBe(1);
  });

  it('mulToPlaces is times then toDecimalPlaces (two roundings, as decimal.js does them)', () => {
    fc.assert(fc.property(value, value, places, rounding, (x, y, p, r) => {
      expect(fields(mulToPlaces(x, y, p, r))).toEqual(fields(x.times(y).toDecimalPlaces(p, r)));
    }), RUNS);
  });

  it('toPlaces is toDecimalPlaces', () => {
    fc.assert(fc.property(value, places, rounding, (x, p, r) => {
      expect(fields(toPlaces(x, p, r))).toEqual(fields(x.toDecimalPlaces(p, r)));
    }), RUNS);
  });

  it('ceil is ceil, of any sign, whole or not, with carries (9.5 → 10, 9999999.1 → 10000000) and below 1', () => {
    fc.assert(fc.property(value, (x) => {
      expect(fields(ceil(x))).toEqual(fields(x.ceil()));
    }), { numRuns: 3000 });
    for (const text of ['9.5', '9999999.1', '99999999999999.000001', '0.0000001', '0.9', '1e-40', '-0.5', '-1.5', '0', '-0', '12345678', '1e20', '1.00000000000000000000000000000000001'])
      expect(fields(ceil(new Decimal(text)))).toEqual(fields(new Decimal(text).ceil()));
  });
  it('div is div, by one-word divisors and by longer ones', () => {
    fc.assert(fc.property(value, fc.oneof(oneWord, value), (x, y) => {
      fc.pre(!y.isZero());
      expect(fields(div(x, y))).toEqual(fields(x.div(y)));
    }), RUNS);
  });

  it('rounds hand-picked ties, carries and tiny values as decimal.js does', () => {
    const d = (text: string | number) => new Decimal(text);
    // 35th digit a tie: half-even keeps an even 34th digit and raises an odd one.
    expect(mul(d('1234567890123456789012345678901234'), d('1.5')).toFixed()).toBe('1851851835185185183518518518351851'); // …1851 exact
    // 35 ones · 0.5 = 5…5.5 (34 fives): a tie on an odd digit rounds up; …13 · 0.5 = …6.5 stays on the even 6.
    expect(mul(d('1'.repeat(35)), d('0.5')).toFixed()).toBe(`${'5'.repeat(33)}6`);
    expect(mul(d(`${'1'.repeat(33)}13`), d('0.5')).toFixed()).toBe(`${'5'.repeat(33)}6`);
    // A carry through every word adds a digit: 9…9 (35 nines) · 1 rounds to 1e35.
    expect(mul(d('99999999999999999999999999999999999'), d(1)).toFixed()).toBe('100000000000000000000000000000000000');
    // On the money grid (20 places): half a quantum rounds to even (0), more than half to one quantum.
    expect(mulToPlaces(d('0.5e-20'), d(1), 20, HALF_EVEN).isZero()).toBe(true);
    expect(mulToPlaces(d('1.5e-20'), d(1), 20, HALF_EVEN).toFixed()).toBe('0.00000000000000000002');
    expect(mulToPlaces(d('0.50001e-20'), d(1), 20, HALF_EVEN).toFixed()).toBe('0.00000000000000000001');
    expect(mulToPlaces(d('0.9e-45'), d(3), 20, HALF_EVEN).isZero()).toBe(true);
    // Rounding down never raises; a negative product keeps its sign, also as −0.
    expect(mulToPlaces(d('0.99999e-20'), d(1), 20, DOWN).isZero()).toBe(true);
    expect(mulToPlaces(d('-1'), d('0.1e-30'), 20, HALF_EVEN).s).toBe(-1);
    expect(div(d(1), d(3)).toFixed()).toBe('0.3333333333333333333333333333333333');
    expect(div(d(2), d(3)).toFixed()).toBe('0.6666666666666666666666666666666667');
    expect(div(d('-7'), d(7)).toFixed()).toBe('-1');
  });
});
