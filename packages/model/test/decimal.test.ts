import { describe, expect, it } from 'vitest';
import { Decimal, ratio, toDecimalString } from '../src/decimal';

describe('decimal', () => {
  it('keeps 34 significant digits, so 1/3 is exact to the 34th digit', () => {
    expect(toDecimalString(new Decimal(1).div(3))).toBe('0.' + '3'.repeat(34));
  });
  it('returns null for a ratio over zero instead of throwing', () => {
    expect(ratio(new Decimal(5), new Decimal(0))).toBeNull();
  });
  it('writes large and tiny values in plain notation', () => {
    expect(toDecimalString(new Decimal('4e12'))).toBe('4000000000000');
    expect(toDecimalString(new Decimal('1e-9'))).toBe('0.000000001');
  });
});
