import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, decimalFromWords, ratio, toDecimalString, wholeNumberOf } from '../src/decimal';

describe('decimal', () => {
  it('keeps 34 significant digits, so 1/3 is exact to the 34th digit', () => {
    expect(toDecimalString(new Decimal(1).div(3))).toBe('0.' + '3'.repeat(34));
  });
  it('decimalFromWords makes a Decimal of the model\'s clone from its fields (1.5 = words [1, 5000000], e 0)', () => {
    const x = decimalFromWords(1, [1, 5000000], 0);
    expect(x).toBeInstanceOf(Decimal);
    expect(Decimal.isDecimal(x)).toBe(true);
    expect(x.eq(new Decimal('1.5'))).toBe(true);
    expect(x.plus(1).toFixed()).toBe('2.5');
    expect(x.div(7).toFixed()).toBe('0.2142857142857142857142857142857143'); // 34 digits: the clone's precision
    expect(decimalFromWords(-1, [25], -6).toFixed()).toBe('-0.0000025'); // 25 · 1e-7, first digit at 1e-6
  });

  it('returns null for a ratio over zero instead of throwing', () => {
    expect(ratio(new Decimal(5), new Decimal(0))).toBeNull();
  });
  it('writes large and tiny values in plain notation', () => {
    expect(toDecimalString(new Decimal('4e12'))).toBe('4000000000000');
    expect(toDecimalString(new Decimal('1e-9'))).toBe('0.000000001');
  });
  it('toDecimalString is the text of decimal.js toFixed() for any value (it is built from the words directly)', () => {
    const value = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: -70, max: 40 }), fc.integer({ min: 0, max: 40 }))
      .map(([negative, digits, exponent, places]) => new Decimal(`${negative ? '-' : ''}${digits}e${exponent}`).toDecimalPlaces(places));
    fc.assert(
      fc.property(value, (x) => {
        expect(toDecimalString(x)).toBe(x.toFixed());
      }),
      { numRuns: 5000 },
    );
    for (const text of ['0', '-0', '1e7', '1e-7', '1e-8', '-9999999.9999999', 'NaN', 'Infinity', '-Infinity']) {
      expect(toDecimalString(new Decimal(text))).toBe(new Decimal(text).toFixed());
    }
  });
  it('wholeNumberOf is toNumber(): whole numbers of one to three words, ±0, fractions, 1e15 and more', () => {
    const whole = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 17n })).map(([negative, n]) => new Decimal(`${negative ? '-' : ''}${n}`));
    const any = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: -20, max: 5 })).map(([negative, n, e]) => new Decimal(`${negative ? '-' : ''}${n}e${e}`));
    fc.assert(
      fc.property(fc.oneof(whole, any), (x) => {
        expect(Object.is(wholeNumberOf(x), x.toNumber())).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const text of ['0', '-0', '9999999', '10000000', '120000000000000', '999999999999999', '1e15', '2.5', '1e-7', '-3']) {
      expect(Object.is(wholeNumberOf(new Decimal(text)), new Decimal(text).toNumber())).toBe(true);
    }
  });
});
