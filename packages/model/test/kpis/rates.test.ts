import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal';
import { annualFromMonthly, monthlyRateFromAnnual } from '../../src/kpis/rates';

describe('monthlyRateFromAnnual', () => {
  it('converts 10 % a year to the monthly rate that compounds to it, not 10 %/12', () => {
    // Reference: Python decimal at 50 digits, Decimal('1.1') ** (Decimal(1) / 12) - 1.
    const expected = new Decimal('0.0079741404289037410660318442232303331825');
    const monthly = monthlyRateFromAnnual(new Decimal('0.10'));
    expect(monthly.minus(expected).abs().lt('1e-32')).toBe(true);
    expect(monthly.lt(new Decimal('0.10').div(12))).toBe(true);
  });

  it('agrees with float64 Math.pow to double precision', () => {
    expect(monthlyRateFromAnnual(new Decimal('0.05')).toNumber()).toBeCloseTo(Math.pow(1.05, 1 / 12) - 1, 15);
  });

  it('maps 0 % to 0 %', () => {
    expect(monthlyRateFromAnnual(new Decimal(0)).isZero()).toBe(true);
  });

  it('refuses an annual rate of −100 % or below, where no monthly rate exists', () => {
    expect(() => monthlyRateFromAnnual(new Decimal(-1))).toThrow(RangeError);
    expect(() => monthlyRateFromAnnual(new Decimal(-2))).toThrow(RangeError);
  });
});

describe('annualFromMonthly', () => {
  it('compounds 1 % a month to exactly 12.6825030131969720661201 % a year', () => {
    // 1.01^12 = 101^12 / 100^12, so the digits are those of the integer 101^12.
    const digits = (101n ** 12n).toString(); // "1126825030131969720661201"
    const expected = new Decimal(`${digits[0]}.${digits.slice(1)}`).minus(1);
    expect(annualFromMonthly(new Decimal('0.01')).toFixed()).toBe(expected.toFixed());
    expect(expected.toFixed()).toBe('0.126825030131969720661201');
  });

  it('undoes monthlyRateFromAnnual for any annual rate above −100 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999, max: 1_000_000 }), (basisPoints) => {
        const annual = new Decimal(basisPoints).div(10_000);
        const back = annualFromMonthly(monthlyRateFromAnnual(annual));
        expect(back.minus(annual).abs().lte('1e-28')).toBe(true);
      }),
    );
  });
});
