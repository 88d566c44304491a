import { describe, expect, it } from 'vitest';
import { signOf, subtractDecimals, sumDecimals } from './decimalString';

describe('exact decimal-string arithmetic', () => {
  it('sums without float error', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['1234.5678', '-0.0078', '1'])).toBe('1235.56');
    expect(sumDecimals([])).toBe('0');
  });
  it('keeps every digit of 34-digit values', () => {
    expect(sumDecimals(['12345678901234567890.12345678901234', '0.00000000000001'])).toBe(
      '12345678901234567890.12345678901235',
    );
  });
  it('subtracts and signs', () => {
    expect(subtractDecimals('100', '100.01')).toBe('-0.01');
    expect(subtractDecimals('-5', '-5')).toBe('0');
    expect(signOf('-0.0001')).toBe(-1);
    expect(signOf('0.000')).toBe(0);
  });
  it('rejects what is not a decimal string', () => {
    expect(() => sumDecimals(['1e5'])).toThrow(/not a decimal string/);
  });
});
